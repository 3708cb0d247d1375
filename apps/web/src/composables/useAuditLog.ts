import { computed, ref, watch } from 'vue';
import { listAuditEvents } from '../api/audit';
import { usePagedList } from './usePagedList';

/** The municipality's audit log, newest first, filtered by the person it is about or who did it. */
export function useAuditLog() {
  /** A user id, or '' for everyone. */
  const subjectId = ref('');
  const actorUserId = ref('');
  const list = usePagedList((limit, offset) =>
    listAuditEvents({ subjectId: subjectId.value || undefined, actorUserId: actorUserId.value || undefined, limit, offset }),
  );

  watch([subjectId, actorUserId], list.restart);

  function clearFilters(): void {
    subjectId.value = '';
    actorUserId.value = '';
  }

  return {
    ...list,
    subjectId,
    actorUserId,
    filtered: computed(() => subjectId.value !== '' || actorUserId.value !== ''),
    clearFilters,
  };
}
