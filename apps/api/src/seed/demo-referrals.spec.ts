import { REFERRAL_STATES, brokenConstraints, type CandidateFacts, type PlacementFacts } from '@jobbrygga/matching';
import { addDays, demoId } from './demo-placements';
import { DEMO_REFERRAL_FIRST, generateDemoReferrals, type DemoReferralInput, type ReferralLearner, type ReferralPlacement } from './demo-referrals';

const TODAY = '2026-11-23';
const HOME = { lat: 59.758, lon: 18.705 };

const learner = (n: number, over: Partial<CandidateFacts> = {}): ReferralLearner => ({
  id: demoId('0188', 6001 + n),
  coachId: n % 3 === 0 ? demoId('0188', 3) : demoId('0188', 2),
  userId: n === 0 ? demoId('0188', 11) : null,
  since: '2025-06-01',
  facts: {
    learnerId: demoId('0188', 6001 + n), tenantCode: '0188', sfiCourse: n % 2 ? 'C' : 'D', licences: [], availableFrom: null, hoursPerWeek: 40, busySlots: [],
    home: HOME, travelBandKm: 10, travelModes: ['public_transport'], inEstablishment: true, goalSsyk: n % 4 ? ['5321'] : ['5120'], goalFields: [],
    experienceSsyk: [], skills: [], languages: [], shortSchooling: false, waitingSince: '2025-06-01', ...over,
  },
});
const placement = (n: number, over: Partial<ReferralPlacement> = {}, facts: Partial<PlacementFacts> = {}): ReferralPlacement => {
  const startDate = addDays(TODAY, 40 + n * 14);
  return {
    id: demoId('0188', 3001 + n), employerId: demoId('0188', n < 2 ? 101 : n < 4 ? 103 : 201 + n), paid: n % 3 === 0, startDate, endDate: addDays(startDate, 60),
    hoursPerWeek: 20, seats: 2, taken: 0, supervisorId: demoId('0188', 2001 + n), ssyk: n % 2 ? '5321' : '5120', place: 'Rimbo äldreboende, Stationsvägen 4',
    skillLabels: ['Omvårdnad', 'Äldreomsorg'], employerUserId: n < 2 ? demoId('0188', 4) : n < 4 ? demoId('0188', 6) : null,
    facts: {
      placementId: demoId('0188', 3001 + n), tenantCode: '0188', minSfiCourse: 'B', licences: [], startDate, hoursPerWeek: 20, slots: [], site: HOME,
      ssyk: n % 2 ? '5321' : '5120', fieldId: null, requiredSkills: [], niceSkills: [], languages: [], requiresEstablishment: false, ...facts,
    },
    ...over,
  };
};
const input = (over: Partial<DemoReferralInput> = {}): DemoReferralInput => ({
  tenantCode: '0188',
  coaches: [demoId('0188', 2), demoId('0188', 3)],
  learners: Array.from({ length: 60 }, (_, i) => learner(i)),
  placements: Array.from({ length: 12 }, (_, i) => placement(i)),
  supervisorsLeft: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [demoId('0188', 2001 + i), 2])),
  demoLearnerId: demoId('0188', 6001),
  mainEmployerId: demoId('0188', 101),
  ...over,
});

describe('generateDemoReferrals', () => {
  it('fills every state, two or three each, with fixed ids, and is deterministic', () => {
    const rows = generateDemoReferrals(input(), TODAY);
    expect(generateDemoReferrals(input(), TODAY)).toEqual(rows);
    const by: Record<string, number> = {};
    for (const r of rows.referral) by[String(r.state)] = (by[String(r.state)] ?? 0) + 1;
    expect(REFERRAL_STATES.filter((s) => !(by[s] >= 2 && by[s] <= 3))).toEqual([]);
    expect(rows.referral.map((r) => r.id)).toEqual(rows.referral.map((_, i) => demoId('0188', DEMO_REFERRAL_FIRST + i)));
    // The demo newcomer's proposal comes first.
    expect(rows.referral[0]).toMatchObject({ learner_id: demoId('0188', 6001), state: 'proposed' });
  });

  it('proposes only learners who meet every hard constraint, each once, within seats', () => {
    const data = input({
      learners: Array.from({ length: 60 }, (_, i) => learner(i, i % 2 ? { sfiCourse: 'A' } : {})),
      placements: Array.from({ length: 12 }, (_, i) => placement(i, { seats: 1 })),
    });
    const rows = generateDemoReferrals(data, TODAY);
    const facts = new Map(data.learners.map((l) => [l.id, l.facts]));
    const placements = new Map(data.placements.map((p) => [p.id, p]));
    for (const r of rows.referral) expect(brokenConstraints(facts.get(String(r.learner_id))!, placements.get(String(r.placement_id))!.facts)).toEqual([]);
    expect(new Set(rows.referral.map((r) => r.learner_id)).size).toBe(rows.referral.length);
    const seats = new Map<string, number>();
    for (const r of rows.referral.filter((r) => r.state === 'agreed' || r.state === 'started')) seats.set(String(r.placement_id), (seats.get(String(r.placement_id)) ?? 0) + 1);
    expect([...seats.values()].every((n) => n <= 1)).toBe(true);
  });

  it('puts nothing after today but an interview ahead, and leaves out what nothing fits', () => {
    const rows = generateDemoReferrals(input(), TODAY);
    expect(rows.referral_event.filter((e) => String(e.at) >= TODAY)).toEqual([]);
    expect(rows.placement_interest.filter((i) => String(i.created_at) >= TODAY)).toEqual([]);
    expect(rows.referral.filter((r) => r.interview_at && String(r.interview_at) >= TODAY && r.state !== 'interview_booked')).toEqual([]);
    // Nobody fits (SFI too low everywhere): nothing at all, no error.
    const none = generateDemoReferrals(input({ learners: Array.from({ length: 10 }, (_, i) => learner(i, { sfiCourse: null })) }), TODAY);
    expect(none).toEqual({ referral: [], referral_event: [], placement_interest: [] });
    expect(() => generateDemoReferrals(input(), '2026-13-01')).toThrow(/bad date/);
  });
});
