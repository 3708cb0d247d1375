import { ref, shallowRef, watch, type Ref } from 'vue';
import { fetchInvitation, type InvitationInfo } from '../api/auth';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { usePasswordChoice } from './usePasswordChoice';

/** Reads an invitation link and lets the invited person choose a password (which logs them in). */
export function useInvitation(token: Ref<string>) {
  const auth = useAuth();
  const invitation = shallowRef<InvitationInfo | null>(null);
  const loading = ref(true);
  const lookup = useAsyncAction();
  const accept = useAsyncAction();
  const passwords = usePasswordChoice(accept.fieldError);

  async function load(): Promise<void> {
    loading.value = true;
    invitation.value = null;
    const result = await lookup.run(() => fetchInvitation(token.value));
    if (result.ok) invitation.value = result.value;
    loading.value = false;
  }
  watch(token, load, { immediate: true });

  /** True when the account is ready and the user is logged in. */
  async function submit(): Promise<boolean> {
    if (!passwords.validate()) return false;
    const result = await accept.run(() => auth.acceptInvitation(token.value, passwords.password.value));
    return result.ok;
  }

  return {
    invitation,
    loading,
    loadError: lookup.error,
    password: passwords.password,
    repeat: passwords.repeat,
    errors: passwords.errors,
    busy: accept.busy,
    error: accept.error,
    submit,
  };
}
