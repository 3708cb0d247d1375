import { computed, ref, shallowRef, watch } from 'vue';
import { fetchTenant, updateTenantSettings, type TenantSettings } from '../api/tenant';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';

/** 'ownTotpNeeded': saved, and now the admin must turn on two-factor login for their own account. */
export type TenantSavedNotice = 'saved' | 'ownTotpNeeded' | null;

/** The municipality's settings (admins): whether staff must use two-factor login. */
export function useTenantSettings() {
  const auth = useAuth();
  const tenant = shallowRef<TenantSettings | null>(null);
  const requireTotp = ref(false);
  const saved = ref<TenantSavedNotice>(null);
  const loader = useAsyncAction();
  const saver = useAsyncAction();
  const stalledWeeks = ref('6');
  const stalledSaved = ref(false);
  const stalledSaver = useAsyncAction();
  watch(stalledWeeks, () => (stalledSaved.value = false), { flush: 'sync' });

  // A new choice makes "saved" untrue; sync, so the value set after a save does not hide the notice.
  watch(requireTotp, () => (saved.value = null), { flush: 'sync' });

  const ownTotpEnabled = computed(() => auth.me.value?.totpEnabled ?? false);
  /**
   * The admin is about to require two-factor login without having it: once saved, the API lets
   * them do nothing else until they turn it on, so say so before they save.
   */
  const warnOwnTotp = computed(() => requireTotp.value && tenant.value !== null && !tenant.value.requireTotpForStaff && !ownTotpEnabled.value);

  async function load(): Promise<void> {
    const result = await loader.run(fetchTenant);
    if (!result.ok) return;
    tenant.value = result.value;
    requireTotp.value = result.value.requireTotpForStaff;
    stalledWeeks.value = String(result.value.stalledWeeks);
  }

  /** How many weeks without progress before a learner shows as stalled in the caseload. */
  async function submitStalled(): Promise<boolean> {
    const result = await stalledSaver.run(() => updateTenantSettings({ stalledWeeks: Number(stalledWeeks.value) }));
    if (!result.ok) return false;
    tenant.value = result.value;
    stalledWeeks.value = String(result.value.stalledWeeks);
    stalledSaved.value = true;
    return true;
  }

  async function submit(): Promise<boolean> {
    saved.value = null;
    const result = await saver.run(() => updateTenantSettings({ requireTotpForStaff: requireTotp.value }));
    if (!result.ok) return false;
    tenant.value = result.value;
    requireTotp.value = result.value.requireTotpForStaff;
    try {
      // The account's "two-factor login required" flag may have changed: the banner follows it.
      await auth.reloadMe();
    } catch {
      // The setting is saved; the banner catches up on the next page load.
    }
    saved.value = result.value.requireTotpForStaff && !ownTotpEnabled.value ? 'ownTotpNeeded' : 'saved';
    return true;
  }

  return {
    tenant,
    requireTotp,
    warnOwnTotp,
    saved,
    loading: loader.busy,
    loadError: loader.error,
    busy: saver.busy,
    error: saver.error,
    load,
    submit,
    stalledWeeks,
    stalledSaved,
    stalledBusy: stalledSaver.busy,
    stalledError: stalledSaver.error,
    submitStalled,
  };
}
