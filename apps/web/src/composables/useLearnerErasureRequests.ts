import { reactive, ref, shallowRef } from 'vue';
import type { ErasureRequestRow } from '@jobbrygga/domain';
import { decideErasure, listErasureRequests } from '../api/learners';
import { useAsyncAction } from './useAsyncAction';
import type { Problem } from '../utils/validation';
import { useFieldChecks } from './useFieldChecks';

const REASON_MIN = 5;
const REASON_MAX = 2000;

/**
 * Admins: the municipality's requests to erase a learner's data, open ones first. One request at a
 * time is decided: approve (everything personal goes, for good) or reject, with a reason either way,
 * after a second "are you sure".
 */
export function useLearnerErasureRequests() {
  const requests = shallowRef<readonly ErasureRequestRow[]>([]);
  const loader = useAsyncAction();
  const decider = useAsyncAction();
  /** The request being decided, and whether the admin is at the confirm step. */
  const deciding = ref<{ id: string; approve: boolean; confirming: boolean } | null>(null);
  const form = reactive({ reason: '' });
  const decided = shallowRef<ErasureRequestRow | null>(null);

  const checks = useFieldChecks(
    {
      reason: (): Problem | null => {
        const length = form.reason.trim().length;
        if (length < REASON_MIN) return { key: 'learners.erasure.reasonShort', params: { min: REASON_MIN } };
        return length > REASON_MAX ? { key: 'validation.tooLong', params: { max: REASON_MAX } } : null;
      },
    },
    decider.fieldError,
  );

  async function load(): Promise<void> {
    const result = await loader.run(() => listErasureRequests());
    if (result.ok) requests.value = result.value;
  }

  function start(id: string, approve: boolean): void {
    decider.clear();
    checks.reset();
    decided.value = null;
    form.reason = '';
    deciding.value = { id, approve, confirming: false };
  }
  function cancel(): void {
    deciding.value = null;
    decider.clear();
  }
  /** First call: checks the reason and asks to confirm; second call: decides. */
  async function proceed(): Promise<boolean> {
    const current = deciding.value;
    if (!current) return false;
    if (!checks.validate()) return false;
    if (!current.confirming) {
      deciding.value = { ...current, confirming: true };
      return false;
    }
    const result = await decider.run(() => decideErasure(current.id, current.approve, form.reason.trim()));
    if (!result.ok) return false;
    decided.value = result.value;
    deciding.value = null;
    requests.value = requests.value.map((row) => (row.id === result.value.id ? result.value : row));
    return true;
  }

  return { requests, loading: loader.busy, loadError: loader.error, load, deciding, form, errors: checks.errors, decider, decided, start, cancel, proceed };
}
