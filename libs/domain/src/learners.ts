/**
 * Learners (SFI learners / newcomers): the competence mapping, the career plan and consent.
 * Pure: no database, no framework. The API validates with these lists and the web app shows them.
 */
import { sfiRank, type SfiCourse } from './placements';

/** Gender is kept for statistics only (reports split by it); never for matching, never shown to employers. */
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** CEFR levels, and "mother tongue". */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** SFI study paths (studievägar) 1–3: 1 for very short schooling, 3 for those used to studying. */
export const SFI_STUDY_PATHS = [1, 2, 3] as const;
export type SfiStudyPath = (typeof SFI_STUDY_PATHS)[number];
/** Which courses each study path holds (Skolverket, kursplan för sfi, from 2017-08-08). */
export const SFI_PATH_COURSES: Record<SfiStudyPath, readonly SfiCourse[]> = { 1: ['A', 'B', 'C', 'D'], 2: ['B', 'C', 'D'], 3: ['C', 'D'] };

/** The result of an SFI course: a grade A–F, still going on, or dropped. */
export const SFI_RESULTS = ['A', 'B', 'C', 'D', 'E', 'F', 'continuing', 'dropped'] as const;
export type SfiResult = (typeof SFI_RESULTS)[number];
/** A–E pass; F fails. */
export function sfiPassed(result: SfiResult): boolean {
  return ['A', 'B', 'C', 'D', 'E'].includes(result);
}

/** One SFI course a learner has taken or is taking. */
export interface SfiCourseEntry {
  course: SfiCourse;
  startDate: string;
  endDate: string | null;
  result: SfiResult;
}

/**
 * The SFI course a learner "reads at": the highest course that is passed or still going on.
 * "SFI course ≥ a placement's minimum" compares this one; a dropped or failed course does not count.
 */
export function currentSfiCourse(entries: readonly SfiCourseEntry[]): SfiCourse | null {
  let best: SfiCourse | null = null;
  for (const entry of entries) {
    if (entry.result !== 'continuing' && !sfiPassed(entry.result)) continue;
    if (sfiRank(entry.course) > sfiRank(best)) best = entry.course;
  }
  return best;
}

/** Whether the learner meets a placement's minimum SFI course (none needed: everyone does). */
export function meetsSfiMinimum(entries: readonly SfiCourseEntry[], minimum: SfiCourse | null): boolean {
  return sfiRank(currentSfiCourse(entries)) >= sfiRank(minimum);
}

/** When the learner has SFI lessons; placements say whether they fit around them. */
export const SFI_LESSON_TIMES = ['morning', 'afternoon', 'evening', 'distance', 'none'] as const;
export type SfiLessonTime = (typeof SFI_LESSON_TIMES)[number];

export const TRAVEL_MODES = ['car', 'public_transport', 'bicycle', 'walk'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** Why a learner left the establishment programme (etableringsprogrammet). */
export const EXIT_REASONS = ['work', 'studies', 'moved', 'parental_leave', 'illness', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
/** What the learner does 90 days after leaving the programme (Kolada-aligned). */
export const STATUS_90_DAYS = ['work', 'studies', 'work_and_studies', 'neither', 'unknown'] as const;
export type Status90Days = (typeof STATUS_90_DAYS)[number];

/** Where an item of the profile came from: the learner said so, or someone saw a document or validated it. */
export const VERIFICATIONS = ['self_reported', 'verified'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

// ---- career plan

export const PLAN_STEP_KINDS = ['sfi', 'yrkes_sfi', 'validation', 'course', 'praktik', 'job_track', 'job', 'other'] as const;
export type PlanStepKind = (typeof PLAN_STEP_KINDS)[number];
export const PLAN_STEP_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type PlanStepStatus = (typeof PLAN_STEP_STATUSES)[number];
/** The activity hours a plan aims at (full-time activity in the establishment programme). */
export const PLAN_TARGET_HOURS = 40;

export const ATTENDANCE = ['attended', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ABSENCE_REASONS = ['illness', 'child_care', 'appointment', 'no_reason', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
/** Progress noted at a follow-up, per area. */
export const PROGRESS_LEVELS = ['worse', 'same', 'better'] as const;
export type ProgressLevel = (typeof PROGRESS_LEVELS)[number];
export const PROGRESS_AREAS = ['language', 'work', 'housing'] as const;
export type ProgressArea = (typeof PROGRESS_AREAS)[number];

/** A joint review is due 12 months after the plan started. */
export const PLAN_REVIEW_MONTHS = 12;
/** Default for "stalled": no step progress and no follow-up in this many weeks (each municipality sets its own). */
export const DEFAULT_STALLED_WEEKS = 6;

/** Adds whole months to an ISO date (the last day of a shorter month if needed). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/**
 * A learner is stalled when nothing has moved for `weeks` weeks: the latest of the plan's start,
 * its last follow-up and its last step change is longer ago than that.
 */
export function isStalled(input: { planStarted: string | null; lastFollowUp: string | null; lastStepChange: string | null }, today: string, weeks: number): boolean {
  const dates = [input.planStarted, input.lastFollowUp, input.lastStepChange].filter((d): d is string => !!d);
  if (dates.length === 0) return false;
  const latest = dates.sort().at(-1)!;
  return daysBetween(latest, today) > weeks * 7;
}

/** Whether the 12-month joint review should be prompted: due (within 30 days or past) and not yet held. */
export function reviewDue(planStarted: string | null, reviewHeld: string | null, today: string): boolean {
  if (!planStarted || reviewHeld) return false;
  return daysBetween(today, addMonths(planStarted, PLAN_REVIEW_MONTHS)) <= 30;
}

/** Age bands for statistics (never for matching). */
export const AGE_BANDS = ['16-19', '20-24', '25-29', '30-39', '40-49', '50-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export function ageBand(birthYear: number, year: number): AgeBand {
  const age = year - birthYear;
  if (age < 20) return '16-19';
  if (age < 25) return '20-24';
  if (age < 30) return '25-29';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 65) return '50-64';
  return '65+';
}

// ---- consent

/**
 * What a learner can consent to. Statistics are not here: they rest on a legal basis (the
 * municipality's task), not on consent.
 */
export const CONSENT_PURPOSES = ['share_with_employers', 'receive_email'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
/** The version of the consent and information texts; a change of wording gets a new version. */
export const CONSENT_TEXT_VERSION = '2026-11-1';

/** Languages the mapping interview shows beside Swedish; the product's own translations, marked for review. */
export const INTERVIEW_LANGUAGES = ['ar', 'prs', 'ti', 'so', 'uk', 'en'] as const;
export type InterviewLanguage = (typeof INTERVIEW_LANGUAGES)[number];
export const INTERVIEW_RTL: readonly InterviewLanguage[] = ['ar', 'prs'];

/** Why someone read a learner's profile: written in the audit log. */
export const READ_REASONS = ['caseload', 'mapping', 'plan', 'matching', 'follow_up', 'export', 'erasure_review'] as const;
export type ReadReason = (typeof READ_REASONS)[number];

export const ERASURE_STATUSES = ['requested', 'approved', 'rejected'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];

