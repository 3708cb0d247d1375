import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { SFI_COURSES } from '@jobbrygga/domain';
import { handover, listCaseload } from '../api/learners';
import { listAllUsers, type UserSummary } from '../api/users';
import { oneOf } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useFieldChecks } from './useFieldChecks';
import { usePagedList } from './usePagedList';
import { useQueryState } from './useQueryState';

const KEYS = ['q', 'coach', 'stalled', 'reviewDue', 'sfiCourse'] as const;
type Key = (typeof KEYS)[number];

/**
 * The caseload: a coach's own learners by default (admins: everyone's, by coach if they like),
 * searched by name and filtered to those stalled, due for the joint review or reading a given SFI
 * course. The choices live in the address. Admins also hand one coach's learners to another.
 *
 * `coach` in the address: '' is the default (a coach's own; for admins everyone), 'all', 'none'
 * (without a coach) or a coach's id (admins).
 */
export function useCaseload() {
  const { me } = useAuth();
  const isAdmin = computed(() => me.value?.role === 'admin');
  const { state, committed, commit, commitTyped } = useQueryState(KEYS);

  const coachParam = computed(() => {
    const coach = committed.value.coach;
    if (coach === 'all') return undefined;
    if (coach === '') return isAdmin.value ? undefined : 'me';
    return coach;
  });
  /** Whose learners the list shows: "mine" hides the coach column. */
  const ownOnly = computed(() => coachParam.value === 'me');
  const list = usePagedList((limit, offset) =>
    listCaseload({
      q: committed.value.q,
      coach: coachParam.value,
      stalled: committed.value.stalled === 'true' ? true : undefined,
      reviewDue: committed.value.reviewDue === 'true' ? true : undefined,
      sfiCourse: oneOf(SFI_COURSES, committed.value.sfiCourse),
      limit,
      offset,
    }),
  );
  watch(committed, list.restart);

  function update(key: Key, value: string, how: 'chosen' | 'typed' = 'chosen'): void {
    if (state[key] === value) return;
    state[key] = value;
    if (how === 'typed') commitTyped();
    else void commit('push');
  }
  const filterCount = computed(() => [committed.value.coach, committed.value.stalled, committed.value.reviewDue, committed.value.sfiCourse].filter(Boolean).length);

  // ---- coaches (admins: the API lets only admins list staff)
  const coaches = shallowRef<readonly UserSummary[]>([]);
  async function loadCoaches(): Promise<void> {
    if (!isAdmin.value) return;
    try {
      coaches.value = (await listAllUsers('coach')).filter((coach) => coach.active);
    } catch {
      coaches.value = [];
    }
  }

  // ---- handover
  const handing = useAsyncAction();
  const handoverForm = reactive({ fromCoachId: '', toCoachId: '', reason: '' });
  const moved = ref<number | null>(null);
  const handoverChecks = useFieldChecks(
    {
      fromCoachId: () => (handoverForm.fromCoachId ? null : { key: 'learners.handover.chooseFrom' }),
      toCoachId: () =>
        !handoverForm.toCoachId ? { key: 'learners.handover.chooseTo' } : handoverForm.toCoachId === handoverForm.fromCoachId ? { key: 'learners.handover.sameCoach' } : null,
      reason: () => (handoverForm.reason.trim().length > 500 ? { key: 'validation.tooLong', params: { max: 500 } } : null),
    },
    handing.fieldError,
  );
  async function handOver(): Promise<boolean> {
    moved.value = null;
    if (!handoverChecks.validate()) return false;
    const result = await handing.run(() =>
      handover({ fromCoachId: handoverForm.fromCoachId, toCoachId: handoverForm.toCoachId, reason: handoverForm.reason.trim() || undefined }),
    );
    if (!result.ok) return false;
    moved.value = result.value.moved;
    handoverForm.reason = '';
    handoverChecks.reset();
    await list.load();
    return true;
  }

  return {
    ...list,
    state,
    isAdmin,
    ownOnly,
    filterCount,
    update,
    submit: () => void commit('push'),
    coaches,
    loadCoaches,
    handoverForm,
    handoverErrors: handoverChecks.errors,
    handing,
    moved,
    handOver,
  };
}
