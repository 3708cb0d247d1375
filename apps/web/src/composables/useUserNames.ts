import { computed, shallowRef } from 'vue';
import { listAllUsers, type UserSummary } from '../api/users';
import { useAsyncAction } from './useAsyncAction';

/**
 * Every user of the municipality, to show names instead of ids and to choose a person.
 * Loaded once per page visit; when it fails the ids are shown and the error says why.
 */
export function useUserNames() {
  const users = shallowRef<readonly UserSummary[]>([]);
  const action = useAsyncAction();

  async function load(): Promise<void> {
    const result = await action.run(() => listAllUsers());
    if (result.ok) users.value = result.value;
  }

  const names = computed<ReadonlyMap<string, string>>(() => new Map(users.value.map((user) => [user.id, user.displayName])));

  return { users, names, loading: action.busy, error: action.error, load };
}
