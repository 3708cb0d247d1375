import { addDays, addYears, daysInclusive, defaultPeriod, elapsedFraction, isIsoDate, monthEnd, monthsOf } from './dates';

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-11-23')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-4-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2026-01-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('defaultPeriod', () => {
  it('is the calendar year of today, first and last day included', () => {
    expect(defaultPeriod('2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(defaultPeriod('2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(defaultPeriod('2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('refuses what is not a date', () => {
    expect(() => defaultPeriod('2026-02-30')).toThrow(RangeError);
  });
});

describe('daysInclusive', () => {
  it('counts both ends', () => {
    expect(daysInclusive('2026-05-05', '2026-05-05')).toBe(1);
    expect(daysInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysInclusive('2025-02-28', '2025-03-01')).toBe(2);
    expect(daysInclusive('2025-12-31', '2026-01-01')).toBe(2);
  });
  it('is not moved by summer time (Sweden: 29 March and 25 October 2026)', () => {
    expect(daysInclusive('2026-03-28', '2026-03-30')).toBe(3);
    expect(daysInclusive('2026-10-24', '2026-10-26')).toBe(3);
  });
  it('is 0 when the end is before the start', () => {
    expect(daysInclusive('2026-05-06', '2026-05-05')).toBe(0);
  });
});

describe('addDays and addYears', () => {
  it('adds days across months, years, leap days and summer time', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
    expect(addDays('2026-01-01', 90)).toBe('2026-04-01');
  });
  it('keeps the day of the month; 29 February becomes 28 February in a year without it', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2026-02-28', 2)).toBe('2028-02-28');
    expect(addYears('2025-03-01', -1)).toBe('2024-03-01');
    expect(addYears('2023-12-31', 2)).toBe('2025-12-31');
  });
});

describe('monthsOf and monthEnd', () => {
  it('lists every month the days touch, across a new year', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-01-01', '2026-12-31')).toHaveLength(12);
    expect(monthsOf('2026-03-31', '2026-03-31')).toEqual(['2026-03']);
    expect(monthsOf('2026-03-31', '2026-04-01')).toEqual(['2026-03', '2026-04']);
    expect(monthsOf('2026-04-01', '2026-03-31')).toEqual([]);
  });
  it('gives the last day of a month', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-02')).toBe('2025-02-28');
    expect(monthEnd('2026-04')).toBe('2026-04-30');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
    expect(() => monthEnd('2026-13')).toThrow(RangeError);
    expect(() => monthEnd('2026-1')).toThrow(RangeError);
  });
});

describe('elapsedFraction', () => {
  const year = { from: '2026-01-01', to: '2026-12-31' };
  it('is 0 before the first day, counts the day itself inside, 1 on the last day and after', () => {
    expect(elapsedFraction(year, '2025-12-31')).toBe(0);
    expect(elapsedFraction(year, '2026-01-01')).toBe(1 / 365);
    expect(elapsedFraction(year, '2026-07-02')).toBe(183 / 365);
    expect(elapsedFraction(year, '2026-12-30')).toBe(364 / 365);
    expect(elapsedFraction(year, '2026-12-31')).toBe(1);
    expect(elapsedFraction(year, '2027-06-01')).toBe(1);
  });
  it('a one-day period is 0 the day before and whole on its day', () => {
    const day = { from: '2026-05-05', to: '2026-05-05' };
    expect(elapsedFraction(day, '2026-05-04')).toBe(0);
    expect(elapsedFraction(day, '2026-05-05')).toBe(1);
    expect(elapsedFraction(day, '2026-05-06')).toBe(1);
  });
  it('a leap year has 366 days', () => {
    expect(elapsedFraction({ from: '2024-01-01', to: '2024-12-31' }, '2024-02-29')).toBe(60 / 366);
  });
});
