import { watch } from 'vue';
import { PLACEMENT_STATUSES, STATUS_TRANSITIONS, type PlacementStatus } from '@jobbrygga/domain';
import { changePlacementStatus, listPlacements, type PlacementSummary } from '../api/placements';
import { oneOf } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { usePagedList } from './usePagedList';
import { useQueryState } from './useQueryState';

/** An employer's own placements in every status (from the database, so a change shows at once). */
export function useOwnPlacements() {
  const { state, committed, commit } = useQueryState(['status'] as const);
  const list = usePagedList((limit, offset) =>
    listPlacements({ status: oneOf<PlacementStatus>(PLACEMENT_STATUSES, committed.value.status), limit, offset }),
  );
  watch(committed, list.restart);
  const changer = useAsyncAction();

  function filter(status: string): void {
    if (state.status === status) return;
    state.status = status;
    void commit('push');
  }

  /** The status changes a row allows now. */
  const nextStatuses = (placement: PlacementSummary): PlacementStatus[] => STATUS_TRANSITIONS[placement.status];

  async function changeStatus(placement: PlacementSummary, status: PlacementStatus): Promise<void> {
    const result = await changer.run(() => changePlacementStatus(placement.id, status));
    if (!result.ok) return;
    // Leaves the filtered list when the new status no longer matches; otherwise the row changes in place.
    await list.load();
  }

  return { ...list, state, filter, nextStatuses, changeStatus, changing: changer.busy, changeError: changer.error };
}
