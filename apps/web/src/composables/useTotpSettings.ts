import { computed, ref, shallowRef } from 'vue';
import { disableTotp, enableTotp, startTotpSetup, type TotpSetup } from '../api/auth';
import { checkTotpCode, normaliseTotpCode } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useFieldChecks } from './useFieldChecks';

export type TotpNotice = 'enabled' | 'disabled' | null;

/** Two-factor login: start setup (secret + otpauth URL), confirm with a code, or turn it off. */
export function useTotpSettings() {
  const auth = useAuth();
  const enabled = computed(() => auth.me.value?.totpEnabled ?? false);
  const required = computed(() => auth.me.value?.totpSetupRequired ?? false);
  const setup = shallowRef<TotpSetup | null>(null);
  const code = ref('');
  const notice = ref<TotpNotice>(null);

  const start = useAsyncAction();
  const confirm = useAsyncAction();
  const checks = useFieldChecks({ code: () => checkTotpCode(code.value) }, confirm.fieldError);

  async function beginSetup(): Promise<boolean> {
    notice.value = null;
    const result = await start.run(startTotpSetup);
    if (result.ok) {
      setup.value = result.value;
      code.value = '';
      checks.reset();
    }
    return result.ok;
  }

  async function submitCode(): Promise<boolean> {
    if (!checks.validate()) return false;
    const turnOn = !enabled.value;
    const value = normaliseTotpCode(code.value);
    const result = await confirm.run(async () => {
      await (turnOn ? enableTotp(value) : disableTotp(value));
      await auth.reloadMe();
    });
    if (result.ok) {
      notice.value = turnOn ? 'enabled' : 'disabled';
      setup.value = null;
      code.value = '';
      checks.reset();
    }
    return result.ok;
  }

  function cancelSetup(): void {
    setup.value = null;
    code.value = '';
    confirm.clear();
    checks.reset();
  }

  return {
    enabled,
    required,
    setup,
    code,
    notice,
    starting: start.busy,
    startError: start.error,
    busy: confirm.busy,
    error: confirm.error,
    errors: checks.errors,
    beginSetup,
    submitCode,
    cancelSetup,
  };
}
