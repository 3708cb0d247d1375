import { ref } from 'vue';
import { checkNewPassword, checkRepeat } from '../utils/validation';
import { useFieldChecks } from './useFieldChecks';

/** A new password typed twice, with the shared minimum length. */
export function usePasswordChoice(serverFieldError?: (field: string) => string | undefined) {
  const password = ref('');
  const repeat = ref('');
  const checks = useFieldChecks(
    {
      password: () => checkNewPassword(password.value),
      repeat: () => checkRepeat(password.value, repeat.value),
    },
    serverFieldError,
  );
  return { password, repeat, errors: checks.errors, validate: checks.validate };
}
