import { isIsoDay, parsePeriod, presetOf, presetPeriod } from './report-period';

describe('report periods', () => {
  const now = new Date(2026, 10, 23); // 23 November 2026, local time

  it('presets: this calendar year, last calendar year, and the twelve months up to today', () => {
    expect(presetPeriod('thisYear', now)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', now)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('last12Months', now)).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    // 1 March after a leap day: the day after 1 March last year.
    expect(presetPeriod('last12Months', new Date(2025, 1, 28))).toEqual({ from: '2024-02-29', to: '2025-02-28' });
  });

  it('knows which preset a period is', () => {
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, now)).toBe('lastYear');
    expect(presetOf({ from: '2025-01-01', to: '2025-12-30' }, now)).toBeNull();
  });

  it('accepts only real days in order', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-2-3')).toBe(false);
    expect(parsePeriod('2026-01-01', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(parsePeriod('2026-02-01', '2026-01-31')).toBeNull();
    expect(parsePeriod('', '2026-01-31')).toBeNull();
  });
});
