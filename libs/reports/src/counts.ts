import type { GenderCounts } from '@jobbrygga/domain';
import { round } from './round';

/** numerator / denominator in percent, one decimal (half away from zero); null when the denominator is 0 or either is null. */
export function share(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  // numerator * 100 first: the quotient is then the double nearest the exact one, so 57 / 2000 gives 2.85 → 2.9.
  return round((numerator * 100) / denominator, 1);
}

/** The report column a learner's gender falls in: female → women, male → men, anything else (other, unknown, missing) → otherUnknown. */
export function genderColumn(gender: string | null | undefined): 'women' | 'men' | 'otherUnknown' {
  if (gender === 'female') return 'women';
  if (gender === 'male') return 'men';
  return 'otherUnknown';
}

/**
 * Counts people by gender, each person once, without suppression. A person who appears more than
 * once (several rows, even with different genders after a correction) is counted in the column of
 * their last row.
 */
export function tallyPeople(rows: readonly { person: string; gender: string }[]): GenderCounts & { women: number; men: number; otherUnknown: number; total: number } {
  const last = new Map<string, string>();
  for (const row of rows) last.set(row.person, row.gender);
  const counts = { women: 0, men: 0, otherUnknown: 0, total: 0 };
  for (const gender of last.values()) {
    counts[genderColumn(gender)] += 1;
    counts.total += 1;
  }
  return counts;
}

/** The median; the mean of the two middle values for an even count; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Each stage as a share (percent, one decimal) of the stage before; the first stage has none (null), nor has a stage after a 0 or a null. */
export function conversion(counts: readonly (number | null)[]): (number | null)[] {
  return counts.map((count, i) => (i === 0 ? null : share(count, counts[i - 1])));
}
