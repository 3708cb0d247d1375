import { ref, watch, type Ref } from 'vue';
import { DEFAULT_WEIGHTS, SCORE_PARTS, type ScorePart, type Weights } from '@jobbrygga/matching';
import { updateTenantSettings, type TenantSettings } from '../api/tenant';
import { checkWholeNumber, type Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';

/**
 * The municipality's weights of the matching score (admins): how much each part counts when the
 * coach's candidate list is put in order. Whole points 0–100 each; the score is the weighted share
 * of the maximum, so only the proportions matter, and at least one weight must be above 0.
 */
export function useMatchingWeights(tenant: Ref<TenantSettings | null>) {
  const values = Object.fromEntries(SCORE_PARTS.map((part) => [part, ref('')])) as Record<ScorePart, Ref<string>>;
  const saved = ref(false);
  const allZero = ref(false);
  const saver = useAsyncAction();

  const fill = (weights: Weights) => {
    for (const part of SCORE_PARTS) values[part].value = String(weights[part]);
  };
  // Filled once, when the settings arrive: a save in another form must not undo what was typed here.
  watch(
    tenant,
    (value, previous) => {
      if (value && !previous) fill(value.matchingWeights);
    },
    { immediate: true },
  );
  watch(
    SCORE_PARTS.map((part) => values[part]),
    () => {
      saved.value = false;
      allZero.value = false;
    },
    { flush: 'sync' },
  );

  const checks = useFieldChecks(
    Object.fromEntries(SCORE_PARTS.map((part) => [part, () => checkWholeNumber(values[part].value, 0, 100, { required: true })])) as Record<ScorePart, () => Problem | null>,
    (field) => saver.fieldError(`matchingWeights.${field}`),
  );

  /** Resolves with the saved settings, or null when a check or the API said no. */
  async function submit(): Promise<TenantSettings | null> {
    saved.value = false;
    if (!checks.validate()) return null;
    const weights = Object.fromEntries(SCORE_PARTS.map((part) => [part, Number(values[part].value.trim())])) as Weights;
    allZero.value = SCORE_PARTS.every((part) => weights[part] === 0);
    if (allZero.value) return null;
    const result = await saver.run(() => updateTenantSettings({ matchingWeights: weights }));
    if (!result.ok) return null;
    fill(result.value.matchingWeights);
    saved.value = true;
    return result.value;
  }

  /** The product's defaults back in the form (saved only when the admin saves). */
  function resetToDefaults(): void {
    fill(DEFAULT_WEIGHTS);
  }

  return { values, errors: checks.errors, allZero, saved, busy: saver.busy, error: saver.error, submit, resetToDefaults };
}
