/**
 * Calendar days as 'YYYY-MM-DD' strings. All arithmetic is on the date parts in UTC, so no
 * time zone or summer time can move a day.
 */
import type { ReportPeriod } from '@jobbrygga/domain';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date written YYYY-MM-DD (2025-02-29 is not; 2024-02-29 is). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Days since 1970-01-01. */
function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar year that today falls in. */
export function defaultPeriod(today: string): ReportPeriod {
  const [y] = parts(today);
  return { from: `${pad(y, 4)}-01-01`, to: `${pad(y, 4)}-12-31` };
}

/** How many days from `from` to `to`, both counted (the same day: 1). 0 when `to` is before `from`. */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

/** The same day n years later (or earlier); 29 February becomes 28 February in a year without it. */
export function addYears(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const year = y + n;
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, daysInMonth(year, m)))}`;
}

/** Every month ('YYYY-MM') the days from `from` to `to` touch, in order; empty when `to` is before `from`. */
export function monthsOf(from: string, to: string): string[] {
  if (dayNumber(to) < dayNumber(from)) return [];
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  const months: string[] = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${pad(y, 4)}-${pad(m)}`);
  }
  return months;
}

/** The last day of a month given as 'YYYY-MM' (2024-02 → 2024-02-29). */
export function monthEnd(month: string): string {
  const m = ISO_MONTH.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return `${month}-${pad(daysInMonth(Number(m[1]), Number(m[2])))}`;
}

/**
 * How much of the period has passed on `asOf`, the day itself counted: 0 before the first day,
 * (asOf − from + 1) / days in the period inside it (so 1 on the last day), 1 after the end.
 */
export function elapsedFraction(period: ReportPeriod, asOf: string): number {
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  const day = dayNumber(asOf);
  if (day < from) return 0;
  if (day > to) return 1;
  return (day - from + 1) / (to - from + 1);
}
