import { computed, onBeforeUnmount, reactive, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { debounce } from '../utils/debounce';

/** How long typing pauses before a text field goes into the address. */
export const TYPING_PAUSE_MS = 350;

function firstValue(value: LocationQuery[string] | undefined): string {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : '';
}

/**
 * Page state kept in the URL query, so a shared link or the back button brings it back. Each key
 * is a string ('' = not set, left out of the address). The page changes `state` and calls `commit`
 * (never from a watcher on `state`, which also changes when the address does);
 * a navigation from elsewhere (back button, a link) updates `state`. `commitTyped` waits for a pause
 * in typing and replaces the history entry instead of adding one per word.
 */
export function useQueryState<K extends string>(keys: readonly K[]) {
  const route = useRoute();
  const router = useRouter();

  const read = (query: LocationQuery): Record<K, string> =>
    Object.fromEntries(keys.map((key) => [key, firstValue(query[key])])) as Record<K, string>;

  const ownPath = route.path;
  /**
   * What the address says now: `state` without the edits not committed yet. The same object while
   * nothing changed, so watchers only run on a real change; while the router leaves for another
   * page, that page's query is none of this page's business.
   */
  const committed = computed<Readonly<Record<K, string>>>((previous) => {
    if (previous && route.path !== ownPath) return previous;
    const next = read(route.query);
    return previous && keys.every((key) => previous[key] === next[key]) ? previous : next;
  });

  const state = reactive({ ...committed.value }) as Record<K, string>;

  watch(committed, (next) => {
    for (const key of keys) if (state[key] !== next[key]) state[key] = next[key];
  });

  function queryOf(): LocationQueryRaw {
    const query: LocationQueryRaw = {};
    // Keys this page does not own stay as they are.
    for (const [key, value] of Object.entries(route.query)) if (!(keys as readonly string[]).includes(key)) query[key] = value;
    for (const key of keys) if (state[key] !== '') query[key] = state[key];
    return query;
  }

  const sameAsAddress = (query: LocationQueryRaw): boolean => {
    const current = read(route.query);
    return keys.every((key) => (query[key] ?? '') === current[key]);
  };

  async function commit(mode: 'push' | 'replace' = 'push'): Promise<void> {
    commitTyped.cancel();
    const query = queryOf();
    if (sameAsAddress(query)) return;
    await router[mode]({ path: route.path, query, hash: route.hash });
  }

  const commitTyped = debounce(() => void commit('replace'), TYPING_PAUSE_MS);
  onBeforeUnmount(commitTyped.cancel);

  return { state, committed, commit, commitTyped };
}
