import { computed, ref, shallowRef, watch } from 'vue';
import { LIST_LIMIT_DEFAULT, type Page } from '@jobbrygga/domain';
import { useAsyncAction } from './useAsyncAction';

/**
 * One page at a time of a list the API pages with `limit` and `offset`, with previous/next and
 * "from–to of total". Answers that arrive after a newer request was sent are dropped, so quick
 * filter changes never show an old page.
 */
export function usePagedList<T>(fetchPage: (limit: number, offset: number) => Promise<Page<T>>, limit = LIST_LIMIT_DEFAULT) {
  const offset = ref(0);
  const page = shallowRef<Page<T> | null>(null);
  const loader = useAsyncAction();
  let latestRequest = 0;

  async function load(): Promise<void> {
    const request = ++latestRequest;
    const result = await loader.run(() => fetchPage(limit, offset.value));
    if (request !== latestRequest || !result.ok) return;
    const received = result.value;
    // Rows were removed and this page is now past the end: step back.
    if (received.items.length === 0 && received.total > 0 && offset.value > 0) {
      offset.value = Math.max(0, Math.floor((received.total - 1) / limit) * limit);
      return;
    }
    page.value = received;
  }

  watch(offset, load);

  /** Start again from the first page (after a filter changed). */
  function restart(): void {
    if (offset.value === 0) void load();
    else offset.value = 0;
  }

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

  return {
    /** The page shown; writable so a list can replace one changed row. */
    page,
    items: computed(() => page.value?.items ?? []),
    loaded: computed(() => page.value !== null),
    loading: loader.busy,
    loadError: loader.error,
    total,
    from,
    to,
    hasPrevious,
    hasNext,
    previous,
    next,
    load,
    restart,
  };
}
