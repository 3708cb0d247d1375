import { activeFilterCount, hoursProblems, parseHours, searchKeyOf, searchParamsOf, shownCount, SEARCH_KEYS, type SearchState } from './placement-filters';

const empty = Object.fromEntries(SEARCH_KEYS.map((k) => [k, ''])) as SearchState;
const state = (over: Partial<SearchState>): SearchState => ({ ...empty, ...over });
const rimbo = { id: '0188-rimbo', label: 'Rimbo', municipalityCode: '0188', lat: 59.74, lon: 18.36 };

describe('placement search address ↔ API parameters', () => {
  it('passes valid choices and drops values the API would refuse', () => {
    const p = searchParamsOf(state({ q: '  kock ', sfiCourse: 'E', type: 'praktik,Bad!', licences: 'B,Utökad B,none', hoursMin: '30', hoursMax: '10', startFrom: '2027-02-30' }), []);
    expect(p.q).toBe('kock');
    expect(p.sfiCourse).toBeUndefined();
    expect(p.type).toEqual(['praktik']);
    expect(p.licences).toEqual(['B', 'Utökad B']);
    expect(p.hoursMin).toBe(30);
    expect(p.hoursMax).toBeUndefined();
    expect(p.startFrom).toBeUndefined();
  });

  it('turns a chosen place into coordinates with a radius, and refuses distance sort without one', () => {
    expect(searchParamsOf(state({ near: '0188-rimbo', radiusKm: '20', sort: 'distance' }), [rimbo])).toMatchObject({ lat: 59.74, lon: 18.36, radiusKm: 20, sort: 'distance' });
    expect(searchParamsOf(state({ near: '0188-rimbo' }), [rimbo]).radiusKm).toBe(300);
    expect(searchParamsOf(state({ sort: 'distance' }), [rimbo]).sort).toBeUndefined();
  });

  it('checks hours and counts filters and pages', () => {
    expect(parseHours('61')).toBeUndefined();
    expect(parseHours(' 40 ')).toBe(40);
    expect(hoursProblems({ hoursMin: '30', hoursMax: '10' })).toEqual({ hoursMin: undefined, hoursMax: 'minAboveMax' });
    expect(activeFilterCount(state({ q: 'kock', sfiCourse: 'B', radiusKm: '20' }))).toBe(1);
    expect(shownCount(state({ n: '45' }))).toBe(60);
    expect(searchKeyOf(state({ q: 'a', n: '40' }))).toBe(searchKeyOf(state({ q: 'a' })));
  });
});
