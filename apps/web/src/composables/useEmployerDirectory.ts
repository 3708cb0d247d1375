import { computed, shallowRef, watch } from 'vue';
import { SECTORS, type Sector } from '@jobbrygga/domain';
import { EMPLOYER_STATUSES, listEmployers, type EmployerStatus } from '../api/employers';
import { oneOf } from '../utils/validation';
import { usePagedList } from './usePagedList';
import { useQueryState } from './useQueryState';

const KEYS = ['status', 'q', 'sector', 'own'] as const;
type Key = (typeof KEYS)[number];

/**
 * Staff: the municipality's employers by status (registrations to review first), searched by name
 * or organisation number and filtered by sector and municipal ownership. The choices live in the
 * address, so returning from an employer shows the same tab.
 */
export function useEmployerDirectory() {
  const { state, committed, commit, commitTyped } = useQueryState(KEYS);
  const status = computed<EmployerStatus>(() => oneOf(EMPLOYER_STATUSES, committed.value.status) ?? 'pending');
  const sector = computed<Sector | undefined>(() => oneOf(SECTORS, committed.value.sector));
  const municipalOwn = computed(() => (committed.value.own === 'true' ? true : committed.value.own === 'false' ? false : undefined));

  const filters = computed(() => ({ sector: sector.value, municipalOwn: municipalOwn.value, q: committed.value.q }));
  const filtersKey = computed(() => JSON.stringify(filters.value));
  const list = usePagedList((limit, offset) => listEmployers({ ...filters.value, status: status.value, limit, offset }));

  /** How many employers each tab holds with the same search and filters. */
  const counts = shallowRef<Partial<Record<EmployerStatus, number>>>({});
  async function loadCounts(): Promise<void> {
    try {
      const [query, key] = [filters.value, filtersKey.value];
      const totals = await Promise.all(EMPLOYER_STATUSES.map((value) => listEmployers({ ...query, status: value, limit: 1, offset: 0 }).then((page) => page.total)));
      // Drop the numbers when the filters changed meanwhile; that change loads its own.
      if (key === filtersKey.value) counts.value = Object.fromEntries(EMPLOYER_STATUSES.map((value, index) => [value, totals[index]]));
    } catch {
      // The tabs work without numbers.
    }
  }

  watch(committed, list.restart);
  watch(filtersKey, () => void loadCounts());

  function update(key: Key, value: string, how: 'chosen' | 'typed' = 'chosen'): void {
    if (state[key] === value) return;
    state[key] = value;
    if (how === 'typed') commitTyped();
    else void commit(key === 'status' ? 'replace' : 'push');
  }

  /** Sector and ownership chosen (the tabs and the search box are always in view). */
  const filterCount = computed(() => [committed.value.sector, committed.value.own].filter(Boolean).length);

  return { ...list, state, status, counts, filterCount, loadCounts, update, submit: () => void commit('push') };
}
