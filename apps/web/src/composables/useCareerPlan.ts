import { computed, reactive, shallowRef } from 'vue';
import {
  type AbsenceReason, type Attendance, type CareerPlan, type LearnerProfile, type PlanStep, type PlanStepKind, type PlanStepStatus, type ProgressLevel,
} from '@jobbrygga/domain';
import * as learners from '../api/learners';
import { checkRequired, checkWholeNumber, type Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';
import { swedishToday } from './useLearnerSections';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_GOALS = 5;

function date(value: string, required: boolean, notAfterToday = false): Problem | null {
  if (!value) return required ? { key: 'validation.required' } : null;
  if (!DATE.test(value)) return { key: 'learners.checks.date' };
  return notAfterToday && value > swedishToday() ? { key: 'learners.checks.future' } : null;
}

/** A step of the plan while it is written or changed. */
export interface StepDraft {
  kind: PlanStepKind | '';
  title: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  status: PlanStepStatus;
}
const emptyStep = (): StepDraft => ({ kind: '', title: '', startDate: '', endDate: '', hoursPerWeek: '', status: 'planned' });

/**
 * A learner's career plan (individuell handlingsplan) as the coach keeps it: goals, start and
 * planned hours; the ordered steps; follow-ups with attendance and progress, and the next one
 * booked; the joint review after 12 months. Each write answers with the whole plan, which
 * replaces ours.
 */
export function useCareerPlan(id: string) {
  const plan = shallowRef<CareerPlan | null>(null);
  const learner = shallowRef<LearnerProfile | null>(null);
  const loader = useAsyncAction();

  async function load(): Promise<void> {
    await loader.run(async () => {
      const [planned, profile] = await Promise.all([learners.getPlan(id, 'plan'), learners.getLearner(id, 'plan')]);
      plan.value = planned;
      learner.value = profile;
      fillGoals(planned);
      fillBooking(planned);
    });
  }

  function took(result: { ok: true; value: CareerPlan } | { ok: false }): boolean {
    if (result.ok) plan.value = result.value;
    return result.ok;
  }

  // ---- goals, start and hours
  const goalsAction = useAsyncAction();
  const goals = reactive({
    ssyk: [] as { code: string; label: string }[],
    fields: [] as readonly string[],
    text: '',
    startDate: swedishToday(),
    plannedHours: '40',
  });
  const goalsSaved = shallowRef(false);
  function fillGoals(from: CareerPlan): void {
    goals.ssyk = from.goalSsyk.map((goal) => ({ ...goal }));
    goals.fields = from.goalFields.map((field) => field.id);
    goals.text = from.goalText ?? '';
    goals.startDate = from.startDate ?? swedishToday();
    goals.plannedHours = String(from.plannedHours);
  }
  const goalChecks = useFieldChecks(
    {
      goalSsyk: () => (goals.ssyk.length > MAX_GOALS ? { key: 'learners.checks.atMost', params: { max: MAX_GOALS } } : null),
      goalFields: () => (goals.fields.length > MAX_GOALS ? { key: 'learners.checks.atMost', params: { max: MAX_GOALS } } : null),
      goalText: () => (goals.text.trim().length > 2000 ? { key: 'validation.tooLong', params: { max: 2000 } } : null),
      startDate: () => date(goals.startDate, true),
      plannedHours: () => checkWholeNumber(goals.plannedHours, 0, 60, { required: true }),
    },
    goalsAction.fieldError,
  );
  function addGoal(code: string, label: string): void {
    if (!goals.ssyk.some((goal) => goal.code === code) && goals.ssyk.length < MAX_GOALS) goals.ssyk.push({ code, label });
  }
  function removeGoal(code: string): void {
    goals.ssyk = goals.ssyk.filter((goal) => goal.code !== code);
  }
  async function saveGoals(): Promise<boolean> {
    goalsSaved.value = false;
    if (!goalChecks.validate()) return false;
    const ok = took(
      await goalsAction.run(() =>
        learners.savePlan(id, {
          goalSsyk: goals.ssyk.map((goal) => goal.code),
          goalFields: [...goals.fields],
          goalText: goals.text.trim() || null,
          startDate: goals.startDate,
          plannedHours: Number(goals.plannedHours),
        }),
      ),
    );
    if (ok) {
      goalsSaved.value = true;
      goalChecks.reset();
      fillGoals(plan.value!);
    }
    return ok;
  }

  // ---- steps
  const stepAction = useAsyncAction();
  const step = reactive<StepDraft>(emptyStep());
  /** null: adding; otherwise the id of the step being changed. */
  const stepId = shallowRef<string | null>(null);
  const stepChecks = useFieldChecks(
    {
      kind: () => (step.kind ? null : { key: 'validation.required' }),
      title: () => checkRequired(step.title) ?? (step.title.trim().length > 200 ? { key: 'validation.tooLong', params: { max: 200 } } : null),
      startDate: () => date(step.startDate, false),
      endDate: () => date(step.endDate, false) ?? (step.startDate && step.endDate && step.endDate < step.startDate ? { key: 'learners.checks.beforeStart' } : null),
      hoursPerWeek: () => checkWholeNumber(step.hoursPerWeek, 0, 60),
    },
    stepAction.fieldError,
  );
  function editStep(existing: PlanStep | null): void {
    stepAction.clear();
    stepChecks.reset();
    stepId.value = existing?.id ?? null;
    Object.assign(
      step,
      existing
        ? {
            kind: existing.kind,
            title: existing.title,
            startDate: existing.startDate ?? '',
            endDate: existing.endDate ?? '',
            hoursPerWeek: existing.hoursPerWeek === null ? '' : String(existing.hoursPerWeek),
            status: existing.status,
          }
        : emptyStep(),
    );
  }
  async function saveStep(): Promise<boolean> {
    if (!stepChecks.validate()) return false;
    const body: learners.PlanStepInput = {
      kind: step.kind as PlanStepKind,
      title: step.title.trim(),
      startDate: step.startDate || null,
      endDate: step.endDate || null,
      hoursPerWeek: step.hoursPerWeek.trim() ? Number(step.hoursPerWeek) : null,
      status: step.status,
    };
    const editing = stepId.value;
    const ok = took(await stepAction.run(() => (editing ? learners.updateStep(id, editing, body) : learners.addStep(id, body))));
    if (ok) editStep(null);
    return ok;
  }
  /** Moves, removes and status changes from the list. */
  const listAction = useAsyncAction();
  async function moveStep(moved: PlanStep, by: -1 | 1): Promise<boolean> {
    const position = moved.position + by;
    if (position < 0 || position >= (plan.value?.steps.length ?? 0)) return false;
    return took(await listAction.run(() => learners.updateStep(id, moved.id, { position })));
  }
  async function removeStep(removed: PlanStep): Promise<boolean> {
    return took(await listAction.run(() => learners.removeStep(id, removed.id)));
  }

  // ---- follow-ups
  const followUpAction = useAsyncAction();
  const followUp = reactive({
    heldOn: swedishToday(),
    attendance: 'attended' as Attendance,
    absenceReason: '' as AbsenceReason | '',
    notes: '',
    language: '' as ProgressLevel | '',
    work: '' as ProgressLevel | '',
    housing: '' as ProgressLevel | '',
  });
  const followUpSaved = shallowRef(false);
  const followUpChecks = useFieldChecks(
    {
      heldOn: () => date(followUp.heldOn, true, true),
      absenceReason: () => (followUp.attendance === 'absent' && !followUp.absenceReason ? { key: 'learners.checks.absenceReason' } : null),
      notes: () => (followUp.notes.trim().length > 4000 ? { key: 'validation.tooLong', params: { max: 4000 } } : null),
    },
    followUpAction.fieldError,
  );
  async function saveFollowUp(): Promise<boolean> {
    followUpSaved.value = false;
    if (!followUpChecks.validate()) return false;
    const ok = took(
      await followUpAction.run(() =>
        learners.addFollowUp(id, {
          heldOn: followUp.heldOn,
          attendance: followUp.attendance,
          absenceReason: followUp.attendance === 'absent' ? (followUp.absenceReason as AbsenceReason) : null,
          notes: followUp.notes.trim() || null,
          progress: { language: followUp.language || null, work: followUp.work || null, housing: followUp.housing || null },
        }),
      ),
    );
    if (ok) {
      followUpSaved.value = true;
      followUpChecks.reset();
      Object.assign(followUp, { heldOn: swedishToday(), attendance: 'attended', absenceReason: '', notes: '', language: '', work: '', housing: '' });
      // Holding the booked meeting clears the booking.
      fillBooking(plan.value!);
      bookingSaved.value = null;
    }
    return ok;
  }

  // ---- the next follow-up the coach booked (the learner sees it in their plan)
  const bookingAction = useAsyncAction();
  const booking = reactive({ nextFollowUpOn: '' });
  /** What was just done, for the message beside the form. */
  const bookingSaved = shallowRef<'booked' | 'cancelled' | null>(null);
  function fillBooking(from: CareerPlan): void {
    booking.nextFollowUpOn = from.nextFollowUpOn ?? '';
  }
  const bookingChecks = useFieldChecks(
    {
      nextFollowUpOn: () => date(booking.nextFollowUpOn, true) ?? (booking.nextFollowUpOn < swedishToday() ? { key: 'learners.checks.past' } : null),
    },
    bookingAction.fieldError,
  );
  async function saveBooking(): Promise<boolean> {
    bookingSaved.value = null;
    if (!bookingChecks.validate()) return false;
    const ok = took(await bookingAction.run(() => learners.savePlan(id, { nextFollowUpOn: booking.nextFollowUpOn })));
    if (ok) {
      bookingSaved.value = 'booked';
      bookingChecks.reset();
      fillBooking(plan.value!);
    }
    return ok;
  }
  async function cancelBooking(): Promise<boolean> {
    bookingSaved.value = null;
    bookingChecks.reset();
    const ok = took(await bookingAction.run(() => learners.savePlan(id, { nextFollowUpOn: null })));
    if (ok) {
      bookingSaved.value = 'cancelled';
      fillBooking(plan.value!);
    }
    return ok;
  }

  // ---- joint review
  const reviewAction = useAsyncAction();
  const review = reactive({ heldOn: swedishToday(), notes: '' });
  const reviewChecks = useFieldChecks(
    {
      heldOn: () => date(review.heldOn, true, true) ?? (plan.value?.startDate && review.heldOn < plan.value.startDate ? { key: 'learners.checks.beforePlanStart' } : null),
      notes: () => (review.notes.trim().length > 4000 ? { key: 'validation.tooLong', params: { max: 4000 } } : null),
    },
    reviewAction.fieldError,
  );
  async function saveReview(): Promise<boolean> {
    if (!reviewChecks.validate()) return false;
    const ok = took(await reviewAction.run(() => learners.recordReview(id, review.heldOn, review.notes.trim() || null)));
    if (ok) reviewChecks.reset();
    return ok;
  }

  const exists = computed(() => plan.value?.exists ?? false);

  return {
    plan,
    learner,
    exists,
    loading: loader.busy,
    loadError: loader.error,
    load,
    goals,
    goalErrors: goalChecks.errors,
    goalsAction,
    goalsSaved,
    addGoal,
    removeGoal,
    saveGoals,
    step,
    stepId,
    stepErrors: stepChecks.errors,
    stepAction,
    editStep,
    saveStep,
    listAction,
    moveStep,
    removeStep,
    followUp,
    followUpErrors: followUpChecks.errors,
    followUpAction,
    followUpSaved,
    saveFollowUp,
    booking,
    bookingErrors: bookingChecks.errors,
    bookingAction,
    bookingSaved,
    saveBooking,
    cancelBooking,
    review,
    reviewErrors: reviewChecks.errors,
    reviewAction,
    saveReview,
  };
}
