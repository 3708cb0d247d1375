/** Placements, their types and the rules a type sets. Pure: no database, no framework. */

export const SECTORS = ['private', 'public', 'non_profit'] as const;
export type Sector = (typeof SECTORS)[number];

export const PLACEMENT_KINDS = ['placement', 'jobTrack'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const PLACEMENT_STATUSES = ['draft', 'open', 'filled', 'closed'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** Which status changes are allowed: draft → open → filled → closed, and back to open from filled. */
export const STATUS_TRANSITIONS: Record<PlacementStatus, PlacementStatus[]> = {
  draft: ['open', 'closed'],
  open: ['filled', 'closed'],
  filled: ['open', 'closed'],
  closed: [],
};

export const SFI_COURSES = ['A', 'B', 'C', 'D'] as const;
export type SfiCourse = (typeof SFI_COURSES)[number];
/** A = 1 … D = 4; "no SFI needed" = 0. */
export function sfiRank(course: SfiCourse | null | undefined): number {
  return course ? SFI_COURSES.indexOf(course) + 1 : 0;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const JOB_TRACK_STEP_KINDS = ['sfi', 'yrkes_sfi', 'course', 'validation', 'praktik', 'interview', 'job'] as const;
export type JobTrackStepKind = (typeof JOB_TRACK_STEP_KINDS)[number];

/** Target kinds a placement type can count towards (Step 5 sets targets per kind). */
export const TARGET_KINDS = ['praktik_places', 'subsidised_jobs', 'municipal_own_placements', 'job_track_seats', 'jobs'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The rules a placement type sets. Every placement is checked against its type's rules. */
export interface PlacementTypeRules {
  code: string;
  kind: PlacementKind;
  paid: boolean;
  allowedSectors: Sector[];
  minWeeks: number | null;
  maxWeeks: number | null;
  sfiCombinationRequired: boolean;
  maxHoursPerWeek: number | null;
  supervisorRequired: boolean;
  /** ISO dates (YYYY-MM-DD). A placement must start while the type is valid. */
  validFrom: string;
  validTo: string | null;
}

export interface PlacementFacts {
  kind: PlacementKind;
  /** ISO date. */
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  fitsSfiMorning: boolean;
  fitsSfiAfternoon: boolean;
  hasSupervisor: boolean;
  employerSector: Sector;
}

export const PLACEMENT_RULES = [
  'kind',
  'validity',
  'sector',
  'endDateRequired',
  'minWeeks',
  'maxWeeks',
  'maxHoursPerWeek',
  'sfiCombination',
  'supervisor',
] as const;
export type PlacementRule = (typeof PLACEMENT_RULES)[number];

export interface RuleViolation {
  rule: PlacementRule;
  params: Record<string, string | number>;
}

const DAY_MS = 86_400_000;
function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Length in weeks, counting both the first and the last day (a Monday–Friday week is 1 week). */
export function lengthInWeeks(startDate: string, endDate: string): number {
  return (days(startDate, endDate) + 1) / 7;
}

/** Every rule of the type the placement breaks; empty when it may be saved. */
export function checkPlacementRules(type: PlacementTypeRules, p: PlacementFacts): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (type.kind !== p.kind) out.push({ rule: 'kind', params: { expected: type.kind } });
  if (p.startDate < type.validFrom || (type.validTo !== null && p.startDate > type.validTo)) {
    out.push({ rule: 'validity', params: { from: type.validFrom, to: type.validTo ?? '–' } });
  }
  if (!type.allowedSectors.includes(p.employerSector)) out.push({ rule: 'sector', params: { sector: p.employerSector } });
  if (type.maxWeeks !== null && p.endDate === null) out.push({ rule: 'endDateRequired', params: { max: type.maxWeeks } });
  if (p.endDate !== null) {
    const weeks = lengthInWeeks(p.startDate, p.endDate);
    if (type.minWeeks !== null && weeks < type.minWeeks) out.push({ rule: 'minWeeks', params: { min: type.minWeeks, weeks: Math.floor(weeks * 10) / 10 } });
    if (type.maxWeeks !== null && weeks > type.maxWeeks) out.push({ rule: 'maxWeeks', params: { max: type.maxWeeks, weeks: Math.ceil(weeks * 10) / 10 } });
  }
  if (type.maxHoursPerWeek !== null && p.hoursPerWeek > type.maxHoursPerWeek) out.push({ rule: 'maxHoursPerWeek', params: { max: type.maxHoursPerWeek } });
  if (type.sfiCombinationRequired && !p.fitsSfiMorning && !p.fitsSfiAfternoon) out.push({ rule: 'sfiCombination', params: {} });
  if (type.supervisorRequired && !p.hasSupervisor) out.push({ rule: 'supervisor', params: {} });
  return out;
}

/** Whether a type can be chosen for a new placement starting on `date` (ISO). */
export function typeValidOn(type: Pick<PlacementTypeRules, 'validFrom' | 'validTo'>, date: string): boolean {
  return date >= type.validFrom && (type.validTo === null || date <= type.validTo);
}
