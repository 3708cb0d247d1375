import type { PaceStatus, ReportPeriod, TargetUnit } from '@jobbrygga/domain';
import { elapsedFraction, monthEnd, monthsOf } from './dates';
import { round } from './round';

export interface PaceInput {
  unit: TargetUnit;
  /** The level before the period. Percent targets draw their straight line from it; count targets start at 0. */
  baseline: number;
  /** The target value (a count, or a percent 0–100). */
  value: number;
  period: ReportPeriod;
  /** The day progress is measured on (usually today). */
  asOf: string;
  /** The count or percent reached so far; null when there is nothing to show yet. */
  actual: number | null;
  /** How far behind, as a fraction of the value, still counts as on track (0.1 = 10 %). */
  threshold: number;
}

export interface PaceResult {
  /** Where the straight line stands on asOf: two decimals for counts, one for percent. */
  expected: number;
  /** actual / value; null when actual is null or the value is 0. */
  fraction: number | null;
  /** (expected − actual) / value, from the rounded expected; positive means behind. Null when actual is null or the value is 0. */
  behindBy: number | null;
  pace: PaceStatus;
}

/** The straight line from the start (0 for counts, the baseline for percent) to the value, on `date`, rounded. */
function expectedOn(input: Pick<PaceInput, 'unit' | 'baseline' | 'value' | 'period'>, date: string): number {
  const elapsed = elapsedFraction(input.period, date);
  return input.unit === 'count' ? round(input.value * elapsed, 2) : round(input.baseline + (input.value - input.baseline) * elapsed, 1);
}

/** Float noise off (0.30000000000000004 → 0.3), nothing a reader could see. */
const clean = (x: number) => round(x, 9);

/**
 * How a target stands against an even pace over its period.
 * - Before the first day: 'not_started'. Otherwise no actual: 'no_data'.
 * - After the last day: 'reached' if actual ≥ value, else 'ended_short'.
 * - Inside the period (first and last day included): 'reached' if actual ≥ value; else 'behind' when
 *   behindBy > threshold, 'ahead' when behindBy < −threshold, else 'on_track' (exactly the threshold is on track).
 */
export function pace(input: PaceInput): PaceResult {
  const { value, actual, period, asOf, threshold } = input;
  const expected = expectedOn(input, asOf);
  const fraction = actual === null || value === 0 ? null : clean(actual / value);
  const behindBy = actual === null || value === 0 ? null : clean((expected - actual) / value);
  let status: PaceStatus;
  if (asOf < period.from) status = 'not_started';
  else if (actual === null) status = 'no_data';
  else if (asOf > period.to) status = actual >= value ? 'reached' : 'ended_short';
  else if (actual >= value) status = 'reached';
  else if (behindBy !== null && behindBy > threshold) status = 'behind';
  else if (behindBy !== null && behindBy < -threshold) status = 'ahead';
  else status = 'on_track';
  return { expected, fraction, behindBy, pace: status };
}

/**
 * The even-pace line month by month, for a chart: one point per month the period touches, in order.
 * Each point is the expected value (rounded as in `pace`, so the point on asOf equals its `expected`)
 * on the month's last day (the period's last day in its last month). In the month of asOf, once
 * the period has begun, the point is on asOf itself: where the line stands today. Later months
 * carry the line on to the end. `date` is the day used.
 */
export function paceSeries(input: Pick<PaceInput, 'unit' | 'baseline' | 'value' | 'period' | 'asOf'>): { month: string; date: string; expected: number }[] {
  const { period, asOf } = input;
  return monthsOf(period.from, period.to).map((month) => {
    const end = monthEnd(month) < period.to ? monthEnd(month) : period.to;
    const today = asOf >= period.from && month === asOf.slice(0, 7) && asOf < end;
    const date = today ? asOf : end;
    return { month, date, expected: expectedOn(input, date) };
  });
}
