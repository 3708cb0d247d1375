import {
  brokenConstraints, candidateFilter, candidateSearches, nearGroups, queueRank, SHORT_LIST, distanceKm, placementSlots, reachablePlaces, sfiSlots, travelBandKm,
  type CandidateFacts, type PlacementFacts,
} from './constraints';
import { reasonText } from './reasons';
import { DEFAULT_WEIGHTS, score, scorer, type ScoreContext } from './score';

const norrtalje = { lat: 59.7579, lon: 18.7049 };
const rimbo = { lat: 59.7442, lon: 18.3636 };
const hallstavik = { lat: 60.0524, lon: 18.6011 };

const learner = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  learnerId: 'l1', tenantCode: '0188', sfiCourse: 'C', licences: ['B'], availableFrom: null, hoursPerWeek: 40, busySlots: sfiSlots('morning'),
  home: rimbo, travelBandKm: travelBandKm(45, ['car']), travelModes: ['car'], inEstablishment: true, goalSsyk: ['5321'], goalFields: [],
  experienceSsyk: [], skills: ['s1', 's2'], languages: ['ar'], shortSchooling: false, waitingSince: '2025-01-01', ...over,
});
const placement = (over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  placementId: 'p1', tenantCode: '0188', minSfiCourse: 'B', licences: [], startDate: '2026-12-01', hoursPerWeek: 20,
  slots: placementSlots(['mon', 'tue', 'wed'], true, false), site: norrtalje, ssyk: '5321', fieldId: null, requiredSkills: ['s1', 's3'],
  niceSkills: ['s2'], languages: ['ar'], requiresEstablishment: false, ...over,
});
const ctx: ScoreContext = {
  today: '2026-11-23',
  skillsOfGroup: (ssyk) => (ssyk === '5321' ? ['a', 'b', 'c', 'd'] : ssyk === '5322' ? ['a', 'b', 'c'] : []),
  fieldOfGroup: (ssyk) => (ssyk.startsWith('53') ? 'care' : 'other'),
};

describe('hard constraints', () => {
  it('a placement that leaves the mornings free fits a learner with SFI in the mornings, not one with SFI in the afternoons', () => {
    expect(brokenConstraints(learner(), placement())).toEqual([]);
    expect(brokenConstraints(learner({ busySlots: sfiSlots('afternoon') }), placement())).toEqual(['sfiLessons']);
    expect(brokenConstraints(learner({ busySlots: sfiSlots('evening') }), placement({ slots: placementSlots(['mon'], false, false) }))).toEqual([]);
  });

  it('names each broken constraint', () => {
    expect(brokenConstraints(learner({ sfiCourse: 'A' }), placement())).toEqual(['sfi']);
    expect(brokenConstraints(learner({ sfiCourse: null }), placement({ minSfiCourse: null }))).toEqual([]);
    expect(brokenConstraints(learner({ licences: [] }), placement({ licences: ['B'] }))).toEqual(['licence']);
    expect(brokenConstraints(learner({ availableFrom: '2027-01-01' }), placement())).toEqual(['availableFrom']);
    expect(brokenConstraints(learner({ hoursPerWeek: 10 }), placement())).toEqual(['hours']);
    expect(brokenConstraints(learner({ inEstablishment: false }), placement({ requiresEstablishment: true }))).toEqual(['establishment']);
    expect(brokenConstraints(learner({ tenantCode: '0163' }), placement())).toEqual(['municipality']);
    expect(brokenConstraints(learner({ home: null }), placement())).toEqual(['travel']);
  });

  it('travel: the fastest mode within the learner’s minutes, in straight-line bands', () => {
    expect(distanceKm(rimbo, norrtalje)).toBeGreaterThan(18);
    expect(distanceKm(rimbo, norrtalje)).toBeLessThan(21);
    expect(travelBandKm(45, ['car'])).toBe(20);
    expect(travelBandKm(30, ['public_transport'])).toBe(5);
    expect(travelBandKm(null, [])).toBe(10);
    // 20 km by car reaches Norrtälje from Rimbo (≈ 19.3 km) but not Hallstavik.
    expect(brokenConstraints(learner(), placement())).not.toContain('travel');
    expect(brokenConstraints(learner({ home: hallstavik }), placement({ site: rimbo }))).toEqual(['travel']);
    expect(brokenConstraints(learner({ travelBandKm: travelBandKm(30, ['public_transport']) }), placement())).toEqual(['travel']);
  });

  it('the Meilisearch filter holds every constraint the placement sets', () => {
    const filter = candidateFilter(placement({ licences: ['B', "C'E"], requiresEstablishment: true }));
    expect(filter).toEqual(expect.arrayContaining([
      "tenantCode = '0188'", 'sfiRank >= 2', 'hoursPerWeek >= 20', "licences = 'B'", "licences = 'C\\'E'", 'inEstablishment = true',
      "NOT busySlots IN ['mon-pm', 'tue-pm', 'wed-pm']",
    ]));
    expect(filter.find((f) => f.includes('_geoRadius'))).toContain('(travelKm = 20 AND _geoRadius(59.7579, 18.7049, 20000))');
    expect(candidateFilter(placement({ site: null })).some((f) => f.includes('_geoRadius'))).toBe(false);
  });

  it('a site that is a reference place: one equality on the learners’ reachable places, which agree with the travel constraint', () => {
    const filter = candidateFilter(placement({ site: { ...norrtalje, placeId: "nt'1" } }));
    expect(filter).toContain("reachablePlaces = 'nt\\'1'");
    expect(filter.some((f) => f.includes('_geoRadius'))).toBe(false);
    const places = [{ id: 'norrtalje', ...norrtalje }, { id: 'rimbo', ...rimbo }, { id: 'hallstavik', ...hallstavik }];
    // From Rimbo with 20 km by car: Rimbo and Norrtälje (≈ 19.3 km), not Hallstavik; no home, no place.
    expect(reachablePlaces(rimbo, travelBandKm(45, ['car']), places)).toEqual(['norrtalje', 'rimbo']);
    expect(reachablePlaces(rimbo, travelBandKm(30, ['public_transport']), places)).toEqual(['rimbo']);
    expect(reachablePlaces(null, 80, places)).toEqual([]);
    for (const home of [norrtalje, rimbo, hallstavik]) {
      for (const minutes of [10, 30, 45, 90]) {
        const band = travelBandKm(minutes, ['car']);
        const reach = reachablePlaces(home, band, places);
        for (const site of places) {
          expect(reach.includes(site.id)).toBe(!brokenConstraints(learner({ home, travelBandKm: band }), placement({ site })).includes('travel'));
        }
      }
    }
  });
});

describe('score and reasons', () => {
  it('the career plan’s goal counts most: same group > same field > related through skills > none', () => {
    const same = score(learner(), placement(), ctx).score;
    const field = score(learner({ goalSsyk: ['5322'] }), placement(), ctx).score;
    const other = score(learner({ goalSsyk: ['9999'] }), placement(), ctx).score;
    expect(same).toBeGreaterThan(field);
    expect(field).toBeGreaterThan(other);
    expect(score(learner(), placement(), ctx).reasons[0]).toEqual({ code: 'goalSameOccupation' });
    const related = score(learner({ goalSsyk: ['5322'] }), placement({ fieldId: 'x' }), { ...ctx, fieldOfGroup: () => null });
    expect(related.reasons).toContainEqual({ code: 'goalRelatedSkills', shared: 3 });
  });

  it('required skills weigh more than nice-to-have ones; explained as "has N of M"', () => {
    const required = score(learner({ skills: ['s1'] }), placement(), ctx);
    const nice = score(learner({ skills: ['s2'] }), placement(), ctx);
    expect(required.parts.skills).toBeGreaterThan(nice.parts.skills);
    expect(reasonText({ code: 'requiredSkills', has: 1, of: 2 }, 'sv')).toBe('Har 1 av 2 krävda kompetenser');
  });

  it('nearer is better; public transport times say they are estimates', () => {
    const near = score(learner({ home: norrtalje }), placement(), ctx);
    const far = score(learner(), placement(), ctx);
    expect(near.parts.distance).toBeGreaterThan(far.parts.distance);
    const bus = score(learner({ travelModes: ['public_transport'], travelBandKm: 20 }), placement(), ctx).reasons.find((r) => r.code === 'distance')!;
    expect(bus).toMatchObject({ mode: 'public_transport', estimate: true });
    expect(reasonText(bus, 'en')).toMatch(/^\d+ km, about \d+ min by bus or train \(estimated, no timetable\)$/);
  });

  it('waiting longer and short schooling raise the score; the weights are data', () => {
    expect(score(learner({ waitingSince: '2024-01-01' }), placement(), ctx).score).toBeGreaterThan(score(learner({ waitingSince: '2026-10-01' }), placement(), ctx).score);
    expect(score(learner({ shortSchooling: true }), placement(), ctx).score).toBeGreaterThan(score(learner(), placement(), ctx).score);
    const onlyDistance = { ...DEFAULT_WEIGHTS, occupation: 0, experience: 0, skills: 0, languages: 0, waiting: 0, priority: 0 };
    expect(score(learner({ home: norrtalje }), placement(), { ...ctx, weights: onlyDistance }).score).toBe(100);
  });

  it('one scorer over a short list gives every learner what scoring them alone gives, whatever the order', () => {
    const learners = [
      learner(), learner({ goalSsyk: ['5322'] }), learner({ goalSsyk: ['9999'] }), learner({ goalSsyk: [], goalFields: ['care'] }),
      learner({ goalSsyk: ['5322'], experienceSsyk: ['5321'] }), learner(), learner({ goalSsyk: ['9999'], skills: ['s3'], shortSchooling: true }),
      learner({ goalSsyk: ['5322'], waitingSince: null, home: norrtalje }), learner({ goalSsyk: ['9999', '5322'] }),
    ];
    for (const p of [placement(), placement({ fieldId: 'x' }), placement({ ssyk: null, requiredSkills: [], niceSkills: [] })]) {
      for (const c of [{ ...ctx, fieldOfGroup: () => null }, ctx]) {
        const one = scorer(p, c);
        const shared = [...learners, ...learners.slice().reverse()].map((l) => one(l));
        const alone = [...learners, ...learners.slice().reverse()].map((l) => score(l, p, c));
        expect(shared).toEqual(alone);
      }
    }
    // The goal part really differs between goal lists, so remembering it per list is tested above.
    const one = scorer(placement(), ctx);
    expect(new Set(learners.map((l) => one(l).parts.occupation))).toEqual(new Set([1, 0.6, 0]));
  });
});

describe('the short list in tiers', () => {
  const fields: Record<string, string> = { '5321': 'care', '5322': 'care', '9111': 'cleaning', '2512': 'it', '2511': 'it' };
  const skills: Record<string, string[]> = { '5321': ['a', 'b', 'c', 'd'], '5322': [], '9111': ['a', 'b'], '2512': ['a', 'b', 'c'], '2511': ['x'] };
  const near = (ssyk: string) => nearGroups(ssyk, Object.keys(fields), (g) => skills[g] ?? [], (g) => fields[g] ?? null);

  it('near groups: the same field, or three related skills in common; never the group itself', () => {
    expect(near('5321')).toEqual({ field: 'care', groups: ['2512', '5322'] });
    expect(near('2511')).toEqual({ field: 'it', groups: ['2512'] });
  });

  it('queue order: short schooling first, then whoever has waited longest, unknown start last', () => {
    const order = [queueRank(false, '2025-01-01'), queueRank(true, '2026-01-01'), queueRank(false, null), queueRank(true, '2024-01-01'), queueRank(false, '2023-06-01')];
    expect([...order].sort((a, b) => a - b)).toEqual([order[3], order[1], order[4], order[0], order[2]]);
  });

  it('same occupation, near occupations, everyone else: every constraint in each, the pages adding up to the short list', () => {
    const searches = candidateSearches(placement(), ['l9'], near('5321'));
    expect(searches).toHaveLength(3);
    expect(searches.reduce((n, q) => n + q.hitsPerPage, 0)).toBe(SHORT_LIST);
    for (const q of searches) {
      expect(q.filter).toEqual(expect.arrayContaining([...candidateFilter(placement()), "NOT id IN ['l9']"]));
      expect(q.sort).toEqual(['queueRank:asc']);
    }
    expect(searches[0].filter).toContain("(goalSsyk = '5321' OR experienceSsyk = '5321')");
    expect(searches[1].filter).toEqual(expect.arrayContaining(["NOT (goalSsyk = '5321' OR experienceSsyk = '5321')", "(goalSsyk IN ['2512', '5322'] OR goalFields = 'care')"]));
    expect(searches[2].filter).toContain("NOT (goalSsyk IN ['2512', '5322'] OR goalFields = 'care')");
    // A placement without an occupation: one search of the whole short list.
    const plain = candidateSearches(placement({ ssyk: null }), [], { field: null, groups: [] });
    expect(plain).toHaveLength(1);
    expect(plain[0].hitsPerPage).toBe(SHORT_LIST);
  });
});
