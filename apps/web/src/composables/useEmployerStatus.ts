import { shallowRef, watch } from 'vue';
import { getEmployer, type EmployerStatus } from '../api/employers';
import { useAuth } from './useAuth';

interface StatusInfo {
  status: EmployerStatus;
  reason: string | null;
}

/** The logged-in employer contact's organisation status, shared by the whole app. */
const info = shallowRef<StatusInfo | null>(null);
let watching = false;

async function refresh(employerId: string | null | undefined): Promise<void> {
  if (!employerId) {
    info.value = null;
    return;
  }
  try {
    const employer = await getEmployer(employerId);
    info.value = { status: employer.status, reason: employer.decisionReason };
  } catch {
    // The banner is a courtesy: without an answer it is left out.
    info.value = null;
  }
}

/** Whether the municipality has approved the employer; loads again when someone else logs in. */
export function useEmployerStatus() {
  const { me } = useAuth();
  if (!watching) {
    watching = true;
    watch(() => (me.value?.role === 'employer' ? me.value.employerId : null), (id) => void refresh(id), { immediate: true });
  }
  return { info, refresh: () => refresh(me.value?.employerId) };
}
