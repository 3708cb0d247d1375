import { checkPlacementRules, lengthInWeeks, sfiRank, typeValidOn, type PlacementFacts, type PlacementTypeRules } from './placements';

const praktik: PlacementTypeRules = {
  code: 'praktik', kind: 'placement', paid: false, allowedSectors: ['private', 'public', 'non_profit'],
  minWeeks: 2, maxWeeks: 26, sfiCombinationRequired: false, maxHoursPerWeek: 40, supervisorRequired: true,
  validFrom: '2000-01-01', validTo: null,
};
const ok: PlacementFacts = {
  kind: 'placement', startDate: '2027-01-04', endDate: '2027-03-26', hoursPerWeek: 30,
  fitsSfiMorning: false, fitsSfiAfternoon: true, hasSupervisor: true, employerSector: 'private',
};

describe('checkPlacementRules', () => {
  it('passes a placement that keeps every rule', () => {
    expect(checkPlacementRules(praktik, ok)).toEqual([]);
  });
  it('names each broken rule', () => {
    const rules = (p: Partial<PlacementFacts>, t: Partial<PlacementTypeRules> = {}) => checkPlacementRules({ ...praktik, ...t }, { ...ok, ...p }).map((v) => v.rule);
    expect(rules({ endDate: '2027-01-08' })).toEqual(['minWeeks']);
    expect(rules({ endDate: '2027-12-31' })).toEqual(['maxWeeks']);
    expect(rules({ endDate: null })).toEqual(['endDateRequired']);
    expect(rules({ hoursPerWeek: 41 })).toEqual(['maxHoursPerWeek']);
    expect(rules({ hasSupervisor: false })).toEqual(['supervisor']);
    expect(rules({ kind: 'jobTrack' })).toEqual(['kind']);
    expect(rules({ employerSector: 'private' }, { allowedSectors: ['public', 'non_profit'] })).toEqual(['sector']);
    expect(rules({ fitsSfiAfternoon: false }, { sfiCombinationRequired: true })).toEqual(['sfiCombination']);
    // instegsjobb ended 30 April 2018: a new one cannot start after that.
    expect(rules({}, { validFrom: '2007-07-01', validTo: '2018-04-30' })).toEqual(['validity']);
  });
  it('counts weeks including the first and last day', () => {
    expect(lengthInWeeks('2027-01-04', '2027-01-10')).toBe(1);
    expect(lengthInWeeks('2027-01-04', '2027-01-17')).toBe(2);
  });
  it('reports the numbers a message needs', () => {
    const [v] = checkPlacementRules(praktik, { ...ok, endDate: '2027-12-31' });
    expect(v.params).toMatchObject({ max: 26 });
  });
});

describe('helpers', () => {
  it('ranks SFI courses', () => {
    expect([null, 'A', 'B', 'C', 'D'].map((c) => sfiRank(c as never))).toEqual([0, 1, 2, 3, 4]);
  });
  it('knows when a type may be chosen', () => {
    expect(typeValidOn({ validFrom: '2018-05-01', validTo: null }, '2026-01-01')).toBe(true);
    expect(typeValidOn({ validFrom: '2007-07-01', validTo: '2018-04-30' }, '2026-01-01')).toBe(false);
  });
});
