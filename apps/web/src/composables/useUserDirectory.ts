import { computed, ref, shallowRef, watch } from 'vue';
import { LIST_LIMIT_DEFAULT, type Page, type Role } from '@jobbrygga/domain';
import { deactivateUser, listUsers, reactivateUser, type UserSummary } from '../api/users';
import { useAsyncAction } from './useAsyncAction';

export interface DirectoryOptions {
  /** Always list this role (a coach lists newcomers); otherwise the role filter decides. */
  fixedRole?: Role;
}

/** A paged list of the municipality's users, with deactivate and reactivate for admins. */
export function useUserDirectory(options: DirectoryOptions = {}) {
  const limit = LIST_LIMIT_DEFAULT;
  const offset = ref(0);
  const roleFilter = ref<Role | ''>('');
  const page = shallowRef<Page<UserSummary> | null>(null);
  const loader = useAsyncAction();
  const changer = useAsyncAction();
  const changingId = ref<string | null>(null);
  const changed = shallowRef<{ user: UserSummary; active: boolean } | null>(null);

  const role = computed<Role | undefined>(() => options.fixedRole ?? (roleFilter.value || undefined));

  async function load(): Promise<void> {
    const result = await loader.run(() => listUsers({ role: role.value, limit, offset: offset.value }));
    if (!result.ok) return;
    const received = result.value;
    // Someone else removed rows and this page is now past the end: step back.
    if (received.items.length === 0 && received.total > 0 && offset.value > 0) {
      offset.value = Math.max(0, Math.floor((received.total - 1) / limit) * limit);
      return;
    }
    page.value = received;
  }

  watch(offset, load);
  watch(roleFilter, () => {
    if (offset.value === 0) void load();
    else offset.value = 0;
  });

  const total = computed(() => page.value?.total ?? 0);
  const from = computed(() => (total.value === 0 ? 0 : offset.value + 1));
  const to = computed(() => Math.min(offset.value + (page.value?.items.length ?? 0), total.value));
  const hasPrevious = computed(() => offset.value > 0);
  const hasNext = computed(() => offset.value + limit < total.value);

  function previous(): void {
    if (hasPrevious.value) offset.value = Math.max(0, offset.value - limit);
  }
  function next(): void {
    if (hasNext.value) offset.value += limit;
  }

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
    items: computed(() => page.value?.items ?? []),
    loaded: computed(() => page.value !== null),
    loading: loader.busy,
    loadError: loader.error,
    roleFilter,
    total,
    from,
    to,
    hasPrevious,
    hasNext,
    previous,
    next,
    load,
    setActive,
    changingId,
    changeError: changer.error,
    changed,
  };
}
