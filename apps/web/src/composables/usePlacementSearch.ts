import { computed, ref, shallowRef, watch } from 'vue';
import { SEARCH_LIMIT_MAX, searchPlacements, type FacetCounts, type PlacementHit, type PlacementSearchParams } from '../api/placements';
import { listPlaces } from '../api/reference';
import {
  activeFilterCount, FILTER_KEYS, PAGE_SIZE, searchKeyOf, searchParamsOf, SEARCH_KEYS, shownCount, type SearchKey,
} from '../utils/placement-filters';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useQueryState } from './useQueryState';

/**
 * The placement search page: its filters live in the address, results load when the address
 * changes (typing, a filter, the back button), and "show more" adds the next page below. Answers
 * that arrive after a newer search was started are dropped.
 */
export function usePlacementSearch() {
  const { me } = useAuth();
  const { state, committed, commit, commitTyped } = useQueryState(SEARCH_KEYS);

  const hits = shallowRef<PlacementHit[]>([]);
  const total = ref(0);
  /** Hits per type code for the type filter, counted as if no type were chosen. */
  const typeCounts = shallowRef<FacetCounts>({});
  const loaded = ref(false);
  const first = useAsyncAction();
  const more = useAsyncAction();
  let latestRequest = 0;
  let loadedKey = '';

  async function paramsOf(): Promise<Omit<PlacementSearchParams, 'limit' | 'offset'>> {
    const current = committed.value;
    const municipality = me.value?.municipality.code;
    const places = current.near && municipality ? await listPlaces(municipality) : [];
    return searchParamsOf(current, places);
  }

  async function load(): Promise<void> {
    const request = ++latestRequest;
    loadedKey = searchKeyOf(committed.value);
    const limit = Math.min(shownCount(committed.value), SEARCH_LIMIT_MAX);
    const result = await first.run(async () => {
      const params = await paramsOf();
      // With types chosen, the facet only counts those; ask once more without them for the others.
      const [main, withoutTypes] = await Promise.all([
        searchPlacements({ ...params, limit, offset: 0 }),
        params.type?.length ? searchPlacements({ ...params, type: undefined, limit: 1, offset: 0 }) : Promise.resolve(null),
      ]);
      return { main, typeCounts: (withoutTypes ?? main).facets.type ?? {} };
    });
    if (request !== latestRequest || !result.ok) return;
    hits.value = result.value.main.hits;
    total.value = result.value.main.total;
    typeCounts.value = result.value.typeCounts;
    loaded.value = true;
  }

  /** Loads the next page below the shown ones; resolves with the index of the first new hit. */
  async function showMore(): Promise<number | null> {
    if (more.busy.value || first.busy.value || hits.value.length >= total.value) return null;
    const request = latestRequest;
    const offset = hits.value.length;
    const result = await more.run(async () => searchPlacements({ ...(await paramsOf()), limit: PAGE_SIZE, offset }));
    if (request !== latestRequest || !result.ok) return null;
    hits.value = [...hits.value, ...result.value.hits];
    total.value = result.value.total;
    // Remember how many are shown, so the back button from a placement returns to the same list.
    state.n = String(hits.value.length);
    await commit('replace');
    return result.value.hits.length ? offset : null;
  }

  // A new search when the address changes, except when only the number shown changed.
  watch(committed, (current) => {
    if (searchKeyOf(current) !== loadedKey) void load();
  });

  /** The user changed one value. Typed text waits for a pause; a choice is searched at once. */
  function update(key: SearchKey, value: string, how: 'chosen' | 'typed' = 'chosen'): void {
    if (state[key] === value) return;
    state[key] = value;
    state.n = '';
    if (key === 'near' && !value && state.sort === 'distance') state.sort = '';
    if (how === 'typed') commitTyped();
    else void commit('push');
  }

  /** Enter in the search box: search now. */
  function submit(): void {
    state.n = '';
    void commit('push');
  }

  function clearFilters(): void {
    for (const key of FILTER_KEYS) state[key] = '';
    if (state.sort === 'distance') state.sort = '';
    state.n = '';
    void commit('push');
  }

  return {
    state,
    hits,
    total,
    typeCounts,
    loaded,
    loading: first.busy,
    loadError: first.error,
    loadingMore: more.busy,
    moreError: more.error,
    hasMore: computed(() => hits.value.length < total.value),
    filterCount: computed(() => activeFilterCount(committed.value)),
    load,
    showMore,
    update,
    submit,
    clearFilters,
  };
}
