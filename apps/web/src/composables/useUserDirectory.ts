import { computed, ref, shallowRef, watch } from 'vue';
import type { Role } from '@jobbrygga/domain';
import { deactivateUser, listUsers, reactivateUser, type UserSummary } from '../api/users';
import { useAsyncAction } from './useAsyncAction';
import { usePagedList } from './usePagedList';

export interface DirectoryOptions {
  /** Always list this role (a coach lists newcomers); otherwise the role filter decides. */
  fixedRole?: Role;
}

/** A paged list of the municipality's users, with deactivate and reactivate for admins. */
export function useUserDirectory(options: DirectoryOptions = {}) {
  const roleFilter = ref<Role | ''>('');
  const role = computed<Role | undefined>(() => options.fixedRole ?? (roleFilter.value || undefined));
  const { page, restart, ...list } = usePagedList((limit, offset) => listUsers({ role: role.value, limit, offset }));
  const changer = useAsyncAction();
  const changingId = ref<string | null>(null);
  const changed = shallowRef<{ user: UserSummary; active: boolean } | null>(null);

  watch(roleFilter, restart);

  async function setActive(user: UserSummary, active: boolean): Promise<void> {
    changingId.value = user.id;
    changed.value = null;
    const result = await changer.run(() => (active ? reactivateUser(user.id) : deactivateUser(user.id)));
    changingId.value = null;
    if (!result.ok || !page.value) return;
    const updated = result.value;
    page.value = { ...page.value, items: page.value.items.map((item) => (item.id === updated.id ? updated : item)) };
    changed.value = { user: updated, active: updated.active };
  }

  return {
    ...list,
    roleFilter,
    setActive,
    changingId,
    changeError: changer.error,
    changed,
  };
}
