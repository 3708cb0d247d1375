import { pace, paceSeries, type PaceInput } from './pace';

/** Ten days, 1–10 April 2026: day n is n/10 of the period. */
const tenDays = { from: '2026-04-01', to: '2026-04-10' };
const count = (over: Partial<PaceInput>): PaceInput => ({ unit: 'count', baseline: 0, value: 20, period: tenDays, asOf: '2026-04-05', actual: 10, threshold: 0.1, ...over });
const percent = (over: Partial<PaceInput>): PaceInput => ({ unit: 'percent', baseline: 40, value: 50, period: tenDays, asOf: '2026-04-05', actual: 45, threshold: 0.1, ...over });

describe('pace: count targets', () => {
  it('start at 0 whatever the baseline, and rise in a straight line to the value', () => {
    expect(pace(count({ baseline: 12, actual: 10 }))).toEqual({ expected: 10, fraction: 0.5, behindBy: 0, pace: 'on_track' });
    expect(pace(count({ asOf: '2026-04-01', actual: 2 })).expected).toBe(2);
    expect(pace(count({ asOf: '2026-04-10', actual: 20 })).expected).toBe(20);
  });

  it('behind by exactly the threshold is on track; a little more is behind', () => {
    expect(pace(count({ actual: 8 }))).toEqual({ expected: 10, fraction: 0.4, behindBy: 0.1, pace: 'on_track' });
    expect(pace(count({ actual: 7 }))).toEqual({ expected: 10, fraction: 0.35, behindBy: 0.15, pace: 'behind' });
    expect(pace(count({ actual: 12 }))).toMatchObject({ behindBy: -0.1, pace: 'on_track' });
    expect(pace(count({ actual: 13 }))).toMatchObject({ behindBy: -0.15, pace: 'ahead' });
  });

  it('no float noise at the threshold: 10 × 0.3 is 3, and 1 behind of 10 is exactly 0.1', () => {
    expect(pace(count({ value: 10, asOf: '2026-04-03', actual: 2 }))).toEqual({ expected: 3, fraction: 0.2, behindBy: 0.1, pace: 'on_track' });
  });

  it('the first day already expects one day’s share; the last day expects the whole value but is still inside', () => {
    expect(pace(count({ asOf: '2026-04-01', actual: 0 }))).toEqual({ expected: 2, fraction: 0, behindBy: 0.1, pace: 'on_track' });
    expect(pace(count({ asOf: '2026-04-10', actual: 19 }))).toMatchObject({ expected: 20, behindBy: 0.05, pace: 'on_track' });
    expect(pace(count({ asOf: '2026-04-10', actual: 17 }))).toMatchObject({ expected: 20, behindBy: 0.15, pace: 'behind' });
  });

  it('reached as soon as the value is reached, inside the period or after', () => {
    expect(pace(count({ asOf: '2026-04-02', actual: 20 }))).toMatchObject({ fraction: 1, pace: 'reached' });
    expect(pace(count({ actual: 30 }))).toMatchObject({ fraction: 1.5, behindBy: -1, pace: 'reached' });
    expect(pace(count({ asOf: '2026-04-11', actual: 20 }))).toMatchObject({ expected: 20, pace: 'reached' });
  });

  it('after the last day: reached or ended short, never behind', () => {
    expect(pace(count({ asOf: '2026-04-11', actual: 19 }))).toEqual({ expected: 20, fraction: 0.95, behindBy: 0.05, pace: 'ended_short' });
    expect(pace(count({ asOf: '2027-01-01', actual: 2 }))).toMatchObject({ pace: 'ended_short' });
  });

  it('before the first day: not started, whatever the data', () => {
    expect(pace(count({ asOf: '2026-03-31', actual: 0 }))).toEqual({ expected: 0, fraction: 0, behindBy: 0, pace: 'not_started' });
    expect(pace(count({ asOf: '2026-03-31', actual: null }))).toMatchObject({ pace: 'not_started' });
  });

  it('no actual: no data, no fraction, no behindBy', () => {
    expect(pace(count({ actual: null }))).toEqual({ expected: 10, fraction: null, behindBy: null, pace: 'no_data' });
    expect(pace(count({ actual: null, asOf: '2026-05-01' }))).toMatchObject({ pace: 'no_data' });
  });

  it('a value of 0 is reached at once, without fraction or behindBy', () => {
    expect(pace(count({ value: 0, actual: 0 }))).toEqual({ expected: 0, fraction: null, behindBy: null, pace: 'reached' });
    expect(pace(count({ value: 0, actual: 0, asOf: '2026-05-01' }))).toMatchObject({ pace: 'reached' });
  });

  it('a one-day period expects the whole value on its day', () => {
    const day = { from: '2026-05-05', to: '2026-05-05' };
    expect(pace(count({ period: day, asOf: '2026-05-04', actual: 0 }))).toMatchObject({ expected: 0, pace: 'not_started' });
    expect(pace(count({ period: day, asOf: '2026-05-05', actual: 15 }))).toEqual({ expected: 20, fraction: 0.75, behindBy: 0.25, pace: 'behind' });
    expect(pace(count({ period: day, asOf: '2026-05-06', actual: 15 }))).toMatchObject({ pace: 'ended_short' });
  });

  it('rounds the expected count to two decimals (a year: 2 July is day 183 of 365)', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    // 25 × 183/365 = 12.534…
    expect(pace(count({ value: 25, period: year, asOf: '2026-07-02', actual: 10 }))).toEqual({ expected: 12.53, fraction: 0.4, behindBy: 0.1012, pace: 'behind' });
    expect(pace(count({ value: 25, period: year, asOf: '2026-07-02', actual: 10, threshold: 0.15 })).pace).toBe('on_track');
    // 25 × 32/365 = 2.1917…
    expect(pace(count({ value: 25, period: year, asOf: '2026-02-01', actual: 2 })).expected).toBe(2.19);
  });
});

describe('pace: percent targets', () => {
  it('draw the line from the baseline to the value', () => {
    expect(pace(percent({ asOf: '2026-03-31' }))).toMatchObject({ expected: 40, pace: 'not_started' });
    expect(pace(percent({ actual: 44 }))).toEqual({ expected: 45, fraction: 0.88, behindBy: 0.02, pace: 'on_track' });
    expect(pace(percent({ actual: 39 }))).toEqual({ expected: 45, fraction: 0.78, behindBy: 0.12, pace: 'behind' });
    expect(pace(percent({ actual: 50 }))).toMatchObject({ pace: 'reached' });
    expect(pace(percent({ asOf: '2026-04-10', actual: 50 }))).toMatchObject({ expected: 50, pace: 'reached' });
    expect(pace(percent({ asOf: '2026-04-11', actual: 49.9 }))).toMatchObject({ expected: 50, pace: 'ended_short' });
  });

  it('no one counted yet: no data', () => {
    expect(pace(percent({ actual: null }))).toEqual({ expected: 45, fraction: null, behindBy: null, pace: 'no_data' });
  });

  it('rounds the expected percent to one decimal', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    // 40 + 10 × 32/365 = 40.876…
    expect(pace(percent({ period: year, asOf: '2026-02-01' })).expected).toBe(40.9);
    // 40 + 10 × 183/365 = 45.013…
    expect(pace(percent({ period: year, asOf: '2026-07-02' })).expected).toBe(45);
  });
});

describe('paceSeries', () => {
  // 15 January – 10 March 2026 is 55 days (17 + 28 + 10); a value of 110 is 2 a day.
  const period = { from: '2026-01-15', to: '2026-03-10' };

  it('one point per month at its last day; in the month of asOf the point is on asOf, later months carry the line on', () => {
    expect(paceSeries({ unit: 'count', baseline: 0, value: 110, period, asOf: '2026-02-20' })).toEqual([
      { month: '2026-01', date: '2026-01-31', expected: 34 },
      { month: '2026-02', date: '2026-02-20', expected: 74 },
      { month: '2026-03', date: '2026-03-10', expected: 110 },
    ]);
  });

  it('after the period the last point is the period’s last day and the whole value', () => {
    expect(paceSeries({ unit: 'count', baseline: 0, value: 110, period, asOf: '2026-06-01' })).toEqual([
      { month: '2026-01', date: '2026-01-31', expected: 34 },
      { month: '2026-02', date: '2026-02-28', expected: 90 },
      { month: '2026-03', date: '2026-03-10', expected: 110 },
    ]);
  });

  it('percent targets start from the baseline', () => {
    // Before the period the whole line is drawn: month ends 17, 45 and 55 days in.
    expect(paceSeries({ unit: 'percent', baseline: 40, value: 51, period, asOf: '2026-01-10' }).map((p) => p.expected)).toEqual([43.4, 49, 51]);
    // On the period's first day the point is the start.
    expect(paceSeries({ unit: 'percent', baseline: 40, value: 51, period, asOf: '2026-01-15' })[0]).toEqual({ month: '2026-01', date: '2026-01-15', expected: 40.2 });
    // 40 + 11 × 17/55 = 43.4
    expect(paceSeries({ unit: 'percent', baseline: 40, value: 51, period, asOf: '2026-12-31' }).map((p) => p.expected)).toEqual([43.4, 49, 51]);
  });
});
