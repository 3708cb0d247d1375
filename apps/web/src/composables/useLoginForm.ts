import { ref, watch } from 'vue';
import { checkRequired, checkTotpCode, normaliseTotpCode } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useFieldChecks } from './useFieldChecks';

export type LoginOutcome = 'ok' | 'invalid' | 'totp-required' | 'failed';

/** E-mail and password, and a six-digit code when the account has two-factor login. */
export function useLoginForm() {
  const auth = useAuth();
  const email = ref('');
  const password = ref('');
  const totpCode = ref('');
  /** The server asked for a code (401 TOTP_REQUIRED); the code field is shown from then on. */
  const totpRequested = ref(false);
  const action = useAsyncAction();

  // Another account may not use two-factor login: ask the server again.
  watch(email, () => {
    totpRequested.value = false;
    totpCode.value = '';
  });

  const checks = useFieldChecks(
    {
      email: () => checkRequired(email.value),
      password: () => checkRequired(password.value),
      totpCode: () => (totpRequested.value ? checkTotpCode(totpCode.value) : null),
    },
    action.fieldError,
  );

  async function submit(): Promise<LoginOutcome> {
    if (!checks.validate()) return 'invalid';
    const result = await action.run(() =>
      auth.login({
        email: email.value.trim(),
        password: password.value,
        ...(totpRequested.value ? { totpCode: normaliseTotpCode(totpCode.value) } : {}),
      }),
    );
    if (result.ok) return 'ok';
    if (result.error.code === 'TOTP_REQUIRED') {
      // Asking for the code is a step, not a mistake: the field appears with the server's words.
      const firstTime = !totpRequested.value;
      totpRequested.value = true;
      if (firstTime) checks.reset();
      return 'totp-required';
    }
    if (result.error.code === 'TOTP_INVALID') totpCode.value = '';
    return 'failed';
  }

  return {
    email,
    password,
    totpCode,
    totpRequested,
    busy: action.busy,
    error: action.error,
    errors: checks.errors,
    submit,
  };
}
