import { ref, watch, type Ref } from 'vue';
import { updateTenantSettings, type TenantSettings } from '../api/tenant';
import { checkWholeNumber } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';

/**
 * The municipality's report settings (admins): the goal for women's share of placements, and how
 * far behind its even pace a target may fall before the report raises an alert. Both percent.
 */
export function useReportSettings(tenant: Ref<TenantSettings | null>) {
  const womenShareGoal = ref('');
  const paceThreshold = ref('');
  const saved = ref(false);
  const saver = useAsyncAction();

  // Filled once, when the settings arrive: a save in another form must not undo what was typed here.
  watch(
    tenant,
    (value, previous) => {
      if (!value || previous) return;
      womenShareGoal.value = String(value.womenShareGoal ?? '');
      paceThreshold.value = String(value.paceThreshold ?? '');
    },
    { immediate: true },
  );
  watch([womenShareGoal, paceThreshold], () => (saved.value = false), { flush: 'sync' });

  const checks = useFieldChecks(
    {
      womenShareGoal: () => checkWholeNumber(womenShareGoal.value, 0, 100, { required: true }),
      paceThreshold: () => checkWholeNumber(paceThreshold.value, 1, 100, { required: true }),
    },
    saver.fieldError,
  );

  /** Resolves with the saved settings, or null when a check or the API said no. */
  async function submit(): Promise<TenantSettings | null> {
    saved.value = false;
    if (!checks.validate()) return null;
    const result = await saver.run(() =>
      updateTenantSettings({ womenShareGoal: Number(womenShareGoal.value.trim()), paceThreshold: Number(paceThreshold.value.trim()) }),
    );
    if (!result.ok) return null;
    womenShareGoal.value = String(result.value.womenShareGoal);
    paceThreshold.value = String(result.value.paceThreshold);
    saved.value = true;
    return result.value;
  }

  return { womenShareGoal, paceThreshold, errors: checks.errors, saved, busy: saver.busy, error: saver.error, submit };
}
