import type { ReportPeriod } from '@jobbrygga/domain';

/** Quick choices for a report period. */
export const PERIOD_PRESETS = ['thisYear', 'lastYear', 'last12Months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const pad = (value: number): string => String(value).padStart(2, '0');

/** A date as YYYY-MM-DD in the browser's time zone. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The period a preset stands for, counted from `now`: the calendar year so far and to its end,
 * the whole of last year, or the twelve months up to and including today.
 */
export function presetPeriod(preset: PeriodPreset, now = new Date()): ReportPeriod {
  const year = now.getFullYear();
  switch (preset) {
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'last12Months': {
      const start = new Date(year - 1, now.getMonth(), now.getDate() + 1);
      return { from: isoDay(start), to: isoDay(now) };
    }
  }
}

/** The preset that gives exactly `period` today, if any (to mark the chosen button). */
export function presetOf(period: ReportPeriod, now = new Date()): PeriodPreset | null {
  return PERIOD_PRESETS.find((preset) => {
    const candidate = presetPeriod(preset, now);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? null;
}

/** A period from the address when both days are real and in order; otherwise null. */
export function parsePeriod(from: string, to: string): ReportPeriod | null {
  return isIsoDay(from) && isIsoDay(to) && from <= to ? { from, to } : null;
}

/** "2025-01" → the first day of the month, for month names. */
export function monthStart(month: string): string {
  return /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month;
}
