import { buildPlacementFilter } from './placement-search.service';
import type { PlacementSearchQuery } from './dto';

const base = (q: Partial<PlacementSearchQuery>) => ({ limit: 20, offset: 0, ...q }) as PlacementSearchQuery;
const LICENCES = ['A', 'B', 'BE', 'C', 'D'];

describe('buildPlacementFilter', () => {
  it('always starts with the caller municipality', () => {
    expect(buildPlacementFilter('0188', base({}), LICENCES)).toEqual(['tenantCode = "0188"']);
  });

  it('turns lists into IN filters and the SFI course into a rank bound', () => {
    const f = buildPlacementFilter('0188', base({ type: 'praktik,introduktionsjobb', ssyk: '5321,5323', sfiCourse: 'B' }), LICENCES);
    expect(f).toContain('type IN ["praktik", "introduktionsjobb"]');
    expect(f).toContain('ssyk IN ["5321", "5323"]');
    expect(f).toContain('minSfiRank <= 2');
  });

  it('leaves out placements that need a licence the learner lacks', () => {
    expect(buildPlacementFilter('0188', base({ licences: 'B' }), LICENCES)).toContain('NOT licences IN ["A", "BE", "C", "D"]');
    expect(buildPlacementFilter('0188', base({ licences: 'none' }), LICENCES)).toContain('NOT licences IN ["A", "B", "BE", "C", "D"]');
    expect(buildPlacementFilter('0188', base({ licences: 'a,b,be,c,d' }), LICENCES)).toEqual(['tenantCode = "0188"']);
  });

  it('converts distance to metres and dates to day numbers', () => {
    const f = buildPlacementFilter('0188', base({ lat: 59.76, lon: 18.7, radiusKm: 25, startFrom: '1970-01-11', hoursMax: 30 }), LICENCES);
    expect(f).toContain('_geoRadius(59.76, 18.7, 25000)');
    expect(f).toContain('startDay >= 10');
    expect(f).toContain('hoursPerWeek <= 30');
  });

  it('quotes values so they cannot break out of the filter', () => {
    expect(buildPlacementFilter('01"88', base({}), LICENCES)).toEqual(['tenantCode = "01\\"88"']);
  });
});
