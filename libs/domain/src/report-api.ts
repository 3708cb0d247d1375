/**
 * Step 5: targets and reports. The shapes the API answers and the web, the exports and the tests
 * read. Pure types and constants: no database, no framework.
 */

/**
 * What a target counts. Each kind has a fixed unit; progress is always computed from the data.
 * - placements_started: placements (referrals) started in the period, optionally of given types and
 *   only at the municipality's own organisations ("25 instegsjobb i kommunens egna verksamheter").
 * - own_praktik_places: seats offered in placements of the given types (default praktik) at the
 *   municipality's own organisations, whose start date falls in the period (drafts not counted).
 * - local_places_created: seats offered by local employers that are not the municipality's own
 *   organisations, optionally in one occupation field, start date in the period ("vilka och hur
 *   många jobb kan skapas lokalt").
 * - work_or_studies_90d: share of people whose placement ended in the period and whose outcome
 *   90 days after has been recorded, who were in work or studies (people counted once).
 * - women_share: share of women among the placements started in the period.
 */
export const REPORT_TARGET_KINDS = ['placements_started', 'own_praktik_places', 'local_places_created', 'work_or_studies_90d', 'women_share'] as const;
export type ReportTargetKind = (typeof REPORT_TARGET_KINDS)[number];
export type TargetUnit = 'count' | 'percent';
export const TARGET_UNIT: Record<ReportTargetKind, TargetUnit> = {
  placements_started: 'count',
  own_praktik_places: 'count',
  local_places_created: 'count',
  work_or_studies_90d: 'percent',
  women_share: 'percent',
};
/** Which filters each kind reads; any other filter is refused. */
export const TARGET_FILTERS: Record<ReportTargetKind, (keyof TargetFilters)[]> = {
  placements_started: ['placementTypes', 'municipalOwn', 'occupationField'],
  own_praktik_places: ['placementTypes', 'occupationField'],
  local_places_created: ['placementTypes', 'occupationField'],
  work_or_studies_90d: ['placementTypes'],
  women_share: ['placementTypes'],
};

export interface TargetFilters {
  /** Placement type codes (national or the municipality's own). Empty or absent: all types (own_praktik_places: praktik). */
  placementTypes?: string[];
  /** true: only the municipality's own organisations; false: only other employers; absent: all. */
  municipalOwn?: boolean;
  /** JobTech occupation field concept id (the placement's SSYK group decides its field). */
  occupationField?: string;
}

export interface TargetInput {
  name: string;
  kind: ReportTargetKind;
  /** Inclusive dates, YYYY-MM-DD. */
  periodStart: string;
  periodEnd: string;
  /** Who answers for the target: a unit, a board, a named role. */
  owner: string;
  /** The level before the period (e.g. last period's figure); shown beside progress, and for percent targets the straight-line pace starts from it. */
  baseline: number;
  /** The target value. */
  value: number;
  filters?: TargetFilters;
  note?: string | null;
}

export interface Target extends Required<Omit<TargetInput, 'note'>> {
  id: string;
  tenantCode: string;
  note: string | null;
  unit: TargetUnit;
  /** The period ended before today. */
  historical: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Counts split by gender; null where the figure is suppressed (fewer than 5, or hidden so another cannot be worked out). */
export interface GenderCounts {
  women: number | null;
  men: number | null;
  /** Other or unknown gender. */
  otherUnknown: number | null;
  total: number | null;
}
export const GENDER_COLUMNS = ['women', 'men', 'otherUnknown', 'total'] as const;
export type GenderColumn = (typeof GENDER_COLUMNS)[number];

export type PaceStatus = 'not_started' | 'no_data' | 'ahead' | 'on_track' | 'behind' | 'reached' | 'ended_short';

export interface TargetProgress {
  target: Target;
  /** Count, or percent (0–100, one decimal) for percent targets; null when a percent cannot be shown (no one counted yet, or too few to show). */
  actual: number | null;
  /** For percent targets: the count behind the share and the count it is a share of (suppressed when small). */
  numerator: number | null;
  denominator: number | null;
  /** Where a straight line from the start (0, or the baseline for percent targets) to the value stands today (or at the period's end). */
  expected: number;
  /** actual / value, 0… (may pass 1). */
  fraction: number | null;
  pace: PaceStatus;
  /** (expected − actual) / value; positive means behind. */
  behindBy: number | null;
  /** Count targets: the counted items split by the learner's gender (seats offered are not split: all null but total). */
  byGender: GenderCounts;
  /** Month by month, cumulative actual (counts) or the share so far (percent), for the chart. */
  series: { month: string; value: number | null; expected: number }[];
}

export const REPORT_TABLE_IDS = ['byType', 'byOccupationField', 'bySector', 'byMonth', 'pipeline', 'timeToFirstPlacement', 'sfiProgress', 'kolada'] as const;
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number];

export interface ReportRow {
  /** A code (type code, field id, sector, YYYY-MM, stage, Kolada id …). */
  key: string;
  /** The label in the caller's language. */
  label: string;
  cells: GenderCounts;
  /** Pipeline: share of the previous stage (total column), percent, one decimal. Kolada and SFI progress: share of the denominator per column. */
  shares?: GenderCounts;
  /** Time to first placement: median days per column (null when fewer than 5). */
  medians?: GenderCounts;
}

export interface ReportTable {
  id: ReportTableId;
  /** What the rows count: placements started, people, seats … */
  unit: 'placements' | 'people' | 'days' | 'percent';
  rows: ReportRow[];
  /** The column sums (or, where people are counted once, the distinct people); null for tables without a total. */
  total: GenderCounts | null;
  /** Kolada KPI ids this table corresponds to (never Kolada's own figures). */
  kolada?: string[];
}

export type ReportAlert =
  | { kind: 'target_behind'; targetId: string; name: string; behindBy: number; threshold: number }
  | { kind: 'women_share_low'; share: number; goal: number }
  | { kind: 'learners_stalled'; count: number; weeks: number }
  | { kind: 'employer_no_proposals'; employerId: string; name: string; openSeats: number; placements: number };

export interface ReportPeriod {
  from: string;
  to: string;
}

export interface Dashboard {
  tenantCode: string;
  tenantName: string;
  period: ReportPeriod;
  /** Today (Swedish date) when made. */
  asOf: string;
  generatedAt: string;
  /** Counts below this are suppressed. */
  suppressBelow: number;
  /** The municipality's goal for women's share of placements, percent. */
  womenShareGoal: number;
  /** A target more than this fraction of its value behind its straight-line pace raises an alert. */
  paceThreshold: number;
  targets: TargetProgress[];
  tables: ReportTable[];
  alerts: ReportAlert[];
}

/** An employer's view: their own placements only, never split by gender. */
export interface EmployerStatistics {
  employerId: string;
  period: ReportPeriod;
  placements: { id: string; title: string; type: string; seats: number; proposed: number; interviewed: number; started: number; completed: number; wouldHire: number }[];
  totals: { seats: number; proposed: number; interviewed: number; started: number; completed: number; wouldHire: number };
}

export const REPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Pipeline stages in order. A referral counts in every stage it reached. */
export const PIPELINE_STAGES = ['proposed', 'learner_accepted', 'started', 'completed', 'work_after_90d'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Kolada KPIs our figures line up with (our register, not Kolada's source). */
export const KOLADA_INDICATORS = ['N00971', 'N00972', 'N00973'] as const;
export type KoladaIndicator = (typeof KOLADA_INDICATORS)[number];

export const SFI_PROGRESS_STATUSES = ['passed', 'continuing', 'dropped'] as const;
export type SfiProgressStatus = (typeof SFI_PROGRESS_STATUSES)[number];
