import { ref, shallowRef } from 'vue';
import type { Locale, Role } from '@jobbrygga/domain';
import { inviteUser, type UserSummary } from '../api/users';
import { checkEmail, checkName } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';
import { useLocale } from './useLocale';

/** Invite someone by e-mail; the API sends the link and answers with the new (inactive) user. */
export function useInviteForm(roles: readonly [Role, ...Role[]], onInvited: (user: UserSummary) => void = () => undefined) {
  const { locale: uiLocale } = useLocale();
  const email = ref('');
  const displayName = ref('');
  const role = ref<Role>(roles[0]);
  /** The language of the invitation e-mail and the new account. */
  const locale = ref<Locale>(uiLocale.value);
  const invited = shallowRef<UserSummary | null>(null);
  const action = useAsyncAction();
  const checks = useFieldChecks(
    {
      email: () => checkEmail(email.value),
      displayName: () => checkName(displayName.value),
    },
    action.fieldError,
  );

  async function submit(): Promise<boolean> {
    invited.value = null;
    if (!checks.validate()) return false;
    const result = await action.run(() =>
      inviteUser({ email: email.value.trim(), displayName: displayName.value.trim(), role: role.value, locale: locale.value }),
    );
    if (!result.ok) return false;
    invited.value = result.value;
    email.value = '';
    displayName.value = '';
    checks.reset();
    onInvited(result.value);
    return true;
  }

  return {
    roles,
    email,
    displayName,
    role,
    locale,
    invited,
    busy: action.busy,
    error: action.error,
    errors: checks.errors,
    submit,
  };
}
