import { ref, watch } from 'vue';
import { checkName } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useFieldChecks } from './useFieldChecks';

/** The logged-in user's own name (PATCH /api/auth/me). */
export function useProfile() {
  const auth = useAuth();
  const displayName = ref(auth.me.value?.displayName ?? '');
  const saved = ref(false);
  const action = useAsyncAction();
  const checks = useFieldChecks({ displayName: () => checkName(displayName.value) }, action.fieldError);

  watch(
    () => auth.me.value?.displayName,
    (name) => {
      if (name !== undefined) displayName.value = name;
    },
  );

  async function submit(): Promise<boolean> {
    saved.value = false;
    if (!checks.validate()) return false;
    const result = await action.run(() => auth.updateMe({ displayName: displayName.value.trim() }));
    saved.value = result.ok;
    return result.ok;
  }

  return { me: auth.me, displayName, saved, busy: action.busy, error: action.error, errors: checks.errors, submit };
}
