import { ref, type Ref } from 'vue';
import { confirmPasswordReset, requestPasswordReset } from '../api/auth';
import { checkEmail } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';
import { usePasswordChoice } from './usePasswordChoice';

/** Ask for a reset link. The API answers the same whether or not the address has an account. */
export function usePasswordResetRequest() {
  const email = ref('');
  const sent = ref(false);
  const action = useAsyncAction();
  const checks = useFieldChecks({ email: () => checkEmail(email.value) }, action.fieldError);

  async function submit(): Promise<boolean> {
    if (!checks.validate()) return false;
    sent.value = false;
    const result = await action.run(() => requestPasswordReset(email.value.trim()));
    sent.value = result.ok;
    return result.ok;
  }

  return { email, sent, busy: action.busy, error: action.error, errors: checks.errors, submit };
}

/** Choose a new password with the token from the e-mail. */
export function usePasswordResetConfirm(token: Ref<string>) {
  const done = ref(false);
  const action = useAsyncAction();
  const passwords = usePasswordChoice(action.fieldError);

  async function submit(): Promise<boolean> {
    if (!passwords.validate()) return false;
    const result = await action.run(() => confirmPasswordReset(token.value, passwords.password.value));
    done.value = result.ok;
    return result.ok;
  }

  return {
    password: passwords.password,
    repeat: passwords.repeat,
    errors: passwords.errors,
    done,
    busy: action.busy,
    error: action.error,
    submit,
  };
}
