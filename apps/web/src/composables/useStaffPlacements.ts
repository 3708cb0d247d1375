import { computed, watch } from 'vue';
import { PLACEMENT_KINDS, PLACEMENT_STATUSES, type PlacementKind, type PlacementStatus } from '@jobbrygga/domain';
import { listPlacements } from '../api/placements';
import { oneOf } from '../utils/validation';
import { usePagedList } from './usePagedList';
import { useQueryState } from './useQueryState';

const KEYS = ['status', 'kind', 'employerId'] as const;
type Key = (typeof KEYS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff: every placement of the municipality in every status, newest change first. */
export function useStaffPlacements() {
  const { state, committed, commit } = useQueryState(KEYS);
  const list = usePagedList((limit, offset) =>
    listPlacements({
      status: oneOf<PlacementStatus>(PLACEMENT_STATUSES, committed.value.status),
      kind: oneOf<PlacementKind>(PLACEMENT_KINDS, committed.value.kind),
      employerId: UUID.test(committed.value.employerId) ? committed.value.employerId : undefined,
      limit,
      offset,
    }),
  );
  watch(committed, list.restart);

  function update(key: Key, value: string): void {
    if (state[key] === value) return;
    state[key] = value;
    void commit('push');
  }

  /** The employer the list is narrowed to, if any (its name comes from the rows). */
  const employerName = computed(() => (committed.value.employerId ? list.items.value[0]?.employerName : undefined));

  const filterCount = computed(() => [committed.value.status, committed.value.kind].filter(Boolean).length);

  return { ...list, state, employerName, filterCount, update };
}
