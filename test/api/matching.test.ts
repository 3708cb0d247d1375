import { DEMO } from '../../apps/api/src/seed/demo-data';
import { brokenConstraints, DEFAULT_WEIGHTS, type PlacementFacts } from '../../libs/matching/src';
import { MatchingService } from '../../apps/api/src/matching/matching.service';
import { candidatesIndex, toFacts } from '../../apps/api/src/matching/candidates.index';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, inDays, praktikBody, REF, siteAndSupervisor } from '../support/placements';

let app: TestApp;
let coach: string;
let placementId: string;
let facts: PlacementFacts;

beforeAll(async () => {
  app = await startTestApp();
  coach = await app.api.login('coach@norrtalje.example');
  const employer = await app.api.login('employer@norrtalje.example');
  const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
  // Site in Rimbo, SFI course B or higher, mornings at work and afternoons free for SFI, 20 h/week, starts in 30 days.
  const created = await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), status: 'open' }, employer);
  expect(created.status).toBe(201);
  placementId = created.body.id;
  facts = await app.nest.get(MatchingService).placementFacts({ id: DEMO.norrtalje.coach, role: 'coach', tenantCode: '0188', locale: 'sv', employerId: null, totpSetupRequired: false }, placementId);
  await flushSearch(app);
});
afterAll(() => app?.stop());

/** A learner who fits the praktik above: lives in Rimbo, SFI C, SFI lessons in the afternoons, consent given. */
async function fittingLearner(over: Record<string, unknown> = {}): Promise<string> {
  const r = await app.api.post('/api/learners', { firstName: 'Matchning', lastName: 'Testsson', birthYear: 1988, homePlaceId: REF.rimbo, hoursPerWeek: 30, sfiLessonTime: 'afternoon', travelMinutes: 30, travelModes: ['public_transport'], ...over }, coach);
  expect(r.status).toBe(201);
  const id = r.body.id;
  await app.api.post(`/api/learners/${id}/sfi-courses`, { course: 'C', startDate: inDays(-60), result: 'continuing' }, coach);
  await app.api.post(`/api/learners/${id}/skills`, { skillId: REF.careSkill }, coach);
  await app.api.put(`/api/learners/${id}/plan`, { goalSsyk: ['5321'] }, coach);
  await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'share_with_employers', given: true, language: 'sv' }, coach);
  await flushSearch(app);
  return id;
}

const candidatesOf = async (token = coach, query = 'limit=100', lang = 'sv') => app.api.get(`/api/placements/${placementId}/candidates?${query}`, token, lang);

describe('candidates for a placement', () => {
  it('a coach gets the learners who meet every hard constraint, best first, each score explained in the caller’s language', async () => {
    const id = await fittingLearner();
    const r = await candidatesOf();
    expect(r.status).toBe(200);
    const entry = r.body.items.find((c: { learnerId: string }) => c.learnerId === id);
    expect(entry).toMatchObject({ displayName: 'Matchning Testsson', sfiCourse: 'C' });
    expect(entry.reasons.map((x: { text: string }) => x.text)).toEqual(expect.arrayContaining(['Samma yrke som målet i karriärplanen', 'Har 1 av 1 krävda kompetenser']));
    expect(entry.reasons.find((x: { code: string }) => x.code === 'distance').text).toMatch(/uppskattat, utan tidtabell/);
    const scores = r.body.items.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const item of r.body.items) expect(JSON.stringify(item)).not.toMatch(/"(gender|birthYear|age|email|phone)"/);
    expect((await candidatesOf(coach, 'limit=100', 'en')).body.items.find((c: { learnerId: string }) => c.learnerId === id).reasons[0].text).toBe('Same occupation as the career plan’s goal');
  });

  it('every candidate returned meets every hard constraint, and every learner who meets them is in the full list', async () => {
    const all = (await candidatesOf(coach, 'limit=100')).body;
    const listed = new Set(all.items.map((c: { learnerId: string }) => c.learnerId));
    expect(all.total).toBe(all.items.length);
    const docs = [];
    for await (const batch of candidatesIndex.documents(app.nest.get(require('typeorm').DataSource))) docs.push(...batch);
    const fitting = docs.filter((d) => d.tenantCode === '0188' && brokenConstraints(toFacts(d), facts).length === 0).map((d) => d.id);
    expect(fitting.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual(fitting.sort());
    // Paging walks the same list.
    const first = (await candidatesOf(coach, 'limit=2&offset=0')).body.items.map((c: { learnerId: string }) => c.learnerId);
    expect(first).toEqual(all.items.slice(0, 2).map((c: { learnerId: string }) => c.learnerId));
  });

  it('a learner who breaks a constraint is not proposed: SFI lessons at the placement’s times, or too far away', async () => {
    const clash = await fittingLearner({ sfiLessonTime: 'morning' });
    const far = await fittingLearner({ homePlaceId: '0188-hallstavik' });
    const ok = await fittingLearner();
    const ids = (await candidatesOf()).body.items.map((c: { learnerId: string }) => c.learnerId);
    expect(ids).toContain(ok);
    expect(ids).not.toContain(clash);
    expect(ids).not.toContain(far);
    // Becoming a fit later brings the learner in.
    await app.api.patch(`/api/learners/${clash}`, { sfiLessonTime: 'evening' }, coach);
    await flushSearch(app);
    expect((await candidatesOf()).body.items.map((c: { learnerId: string }) => c.learnerId)).toContain(clash);
  });

  it('withdrawn consent or protected identity: out of the list at once, and out of the index', async () => {
    const a = await fittingLearner();
    const b = await fittingLearner();
    await app.api.post(`/api/learners/${a}/privacy/consents`, { purpose: 'share_with_employers', given: false, language: 'sv' }, coach);
    await app.api.patch(`/api/learners/${b}`, { protectedIdentity: true }, coach);
    // Before the index has caught up.
    let ids = (await candidatesOf()).body.items.map((c: { learnerId: string }) => c.learnerId);
    expect(ids).not.toContain(a);
    expect(ids).not.toContain(b);
    await flushSearch(app);
    ids = (await candidatesOf()).body.items.map((c: { learnerId: string }) => c.learnerId);
    expect(ids).not.toContain(a);
    const docs = await app.nest.get(require('../../apps/api/src/search/search-index.service').SearchIndex).index('candidates').getDocuments({ filter: `id IN ['${a}', '${b}']` });
    expect(docs.results).toHaveLength(0);
  });

  it('employers and newcomers cannot list candidates; another municipality gets 404; bad paging is a 400', async () => {
    for (const email of ['employer@norrtalje.example', 'learner@norrtalje.example']) {
      expect((await candidatesOf(await app.api.login(email))).status).toBe(403);
    }
    expect((await candidatesOf(await app.api.login('coach@sollentuna.example'))).status).toBe(404);
    expect((await candidatesOf(coach, 'limit=0')).status).toBe(400);
    expect((await app.api.get('/api/placements/not-a-uuid/candidates', coach)).status).toBe(400);
  });
});

describe('matches for a learner', () => {
  it('a coach sees the placements that fit the learner, best first and explained; the learner sees their own; others cannot', async () => {
    const id = await fittingLearner();
    const r = await app.api.get(`/api/learners/${id}/matches?limit=50`, coach, 'en');
    expect(r.status).toBe(200);
    const mine = r.body.items.find((m: { placementId: string }) => m.placementId === placementId);
    expect(mine).toMatchObject({ kind: 'placement', title: expect.any(String), place: 'Rimbo' });
    expect(mine.reasons.map((x: { text: string }) => x.text)).toContain('Same occupation as the career plan’s goal');
    const scores = r.body.items.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    // Every match meets every hard constraint of its placement.
    const service = app.nest.get(MatchingService);
    const caller = { id: DEMO.norrtalje.coach, role: 'coach' as const, tenantCode: '0188', locale: 'sv' as const, employerId: null, totpSetupRequired: false };
    const { learnerDocument } = require('../../apps/api/src/matching/candidates.index');
    const learner = toFacts(await learnerDocument(app.nest.get(require('typeorm').DataSource), id, '0188'));
    for (const match of r.body.items) expect(brokenConstraints(learner, await service.placementFacts(caller, match.placementId))).toEqual([]);
    // The read is logged for the learner to see.
    const reads = (await app.api.get(`/api/learners/${id}/privacy/reads`, coach)).body;
    expect(reads.some((x: { action: string; reason: string }) => x.action === 'learner.matches.read' && x.reason === 'matching')).toBe(true);
    // A learner with morning SFI does not get a placement that takes the mornings.
    const morning = await fittingLearner({ sfiLessonTime: 'morning' });
    expect((await app.api.get(`/api/learners/${morning}/matches?limit=100`, coach)).body.items.map((m: { placementId: string }) => m.placementId)).not.toContain(placementId);
    expect((await app.api.get(`/api/learners/${id}/matches`, await app.api.login('employer@norrtalje.example'))).status).toBe(403);
    expect((await app.api.get(`/api/learners/${id}/matches`, await app.api.login('coach@sollentuna.example'))).status).toBe(404);
    expect((await app.api.get(`/api/learners/${id}/matches`, await app.api.login('learner@norrtalje.example'))).status).toBe(404);
  });
});

describe('interest', () => {
  it('a newcomer marks a placement as interesting; the coach sees it among the candidates and in the learner’s interests', async () => {
    const id = await fittingLearner();
    await app.sql(`UPDATE learner SET user_id = NULL WHERE user_id = $1`, [DEMO.norrtalje.learner2]);
    await app.sql(`UPDATE learner SET user_id = $1 WHERE id = $2`, [DEMO.norrtalje.learner2, id]);
    const newcomer = await app.api.login('learner2@norrtalje.example');
    expect((await app.api.put(`/api/placements/${placementId}/interest`, {}, newcomer)).body).toEqual({ placementId, interested: true });
    expect((await app.api.put(`/api/placements/${placementId}/interest`, {}, coach)).status).toBe(403);
    const entry = (await candidatesOf()).body.items.find((c: { learnerId: string }) => c.learnerId === id);
    expect(entry).toMatchObject({ interested: true, reasons: expect.arrayContaining([{ code: 'interested', text: 'Har själv visat intresse för platsen' }]) });
    expect((await app.api.get(`/api/learners/${id}/interests`, coach)).body.map((i: { placementId: string }) => i.placementId)).toEqual([placementId]);
    expect((await app.api.delete(`/api/placements/${placementId}/interest`, newcomer)).body.interested).toBe(false);
    expect((await app.api.get(`/api/learners/${id}/interests`, newcomer)).body).toEqual([]);
    // A placement of another municipality cannot be marked.
    const other = (await app.sql<{ id: string }>(`SELECT id FROM placement WHERE tenant_code = '0163' AND status = 'open' LIMIT 1`))[0].id;
    expect((await app.api.put(`/api/placements/${other}/interest`, {}, newcomer)).status).toBe(404);
  });
});


describe('score weights', () => {
  it("are the municipality's data: an admin sets them, candidates and matches are scored by them, bad weights change nothing", async () => {
    const admin = await app.api.login('admin@norrtalje.example');
    const goal = await fittingLearner();
    const other = await fittingLearner();
    await app.api.put(`/api/learners/${other}/plan`, { goalSsyk: ['2512'] }, coach);
    await flushSearch(app);
    const scoreOf = async (id: string) => (await candidatesOf()).body.items.find((c: { learnerId: string }) => c.learnerId === id).score as number;
    const before = await app.api.get('/api/tenant', admin);
    expect(before.body).toMatchObject({ matchingWeights: DEFAULT_WEIGHTS, matchingWeightsDefault: true });
    expect(await scoreOf(goal)).toBeLessThan(100);

    // Only the career goal counts: the learner whose goal is the placement's occupation gets 100, the other 0.
    const onlyGoal = { occupation: 100, experience: 0, skills: 0, languages: 0, distance: 0, waiting: 0, priority: 0 };
    const set = await app.api.patch('/api/tenant/settings', { matchingWeights: onlyGoal }, admin);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ matchingWeights: onlyGoal, matchingWeightsDefault: false });
    expect(await scoreOf(goal)).toBe(100);
    expect(await scoreOf(other)).toBe(0);
    const match = (await app.api.get(`/api/learners/${goal}/matches?limit=100`, coach)).body.items.find((m: { placementId: string }) => m.placementId === placementId);
    expect(match.score).toBe(100);
    // Another municipality keeps the defaults.
    expect((await app.api.get('/api/tenant', await app.api.login('admin@sollentuna.example'))).body.matchingWeights).toEqual(DEFAULT_WEIGHTS);

    // Refused, and nothing changes: all zero, a part missing, out of range, an unknown part, not a number; a coach may not set them.
    const bad: [Record<string, unknown>, string][] = [
      [{ ...onlyGoal, occupation: 0 }, 'matchingWeights'],
      [{ occupation: 50 }, 'matchingWeights.experience'],
      [{ ...onlyGoal, skills: 101 }, 'matchingWeights.skills'],
      [{ ...onlyGoal, gender: 10 }, 'matchingWeights.gender'],
      [{ ...onlyGoal, waiting: 'tio' }, 'matchingWeights.waiting'],
    ];
    for (const [weights, field] of bad) {
      const r = await app.api.patch('/api/tenant/settings', { matchingWeights: weights }, admin);
      expect(r.status).toBe(400);
      expect(r.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await app.api.patch('/api/tenant/settings', { matchingWeights: DEFAULT_WEIGHTS }, coach)).status).toBe(403);
    expect((await app.api.get('/api/tenant', admin)).body.matchingWeights).toEqual(onlyGoal);
    expect(await scoreOf(goal)).toBe(100);

    const back = await app.api.patch('/api/tenant/settings', { matchingWeights: DEFAULT_WEIGHTS }, admin);
    expect(back.body.matchingWeights).toEqual(DEFAULT_WEIGHTS);
    expect(await scoreOf(goal)).toBeLessThan(100);
  });
});

describe('narrowing the lists', () => {
  it("a coach narrows candidates by career goal, SFI course and interest, and a learner's matches by kind and interest; totals follow; bad values are a 400", async () => {
    const goal = await fittingLearner();
    const other = await fittingLearner();
    await app.api.put(`/api/learners/${other}/plan`, { goalSsyk: ['9111'] }, coach);
    await flushSearch(app);
    const ids = (body: { items: { learnerId: string }[] }) => body.items.map((c) => c.learnerId);
    const goalReasons = ['goalSameOccupation', 'experienceSameOccupation'];

    const same = (await candidatesOf(coach, 'limit=100&goal=same')).body;
    expect(ids(same)).toContain(goal);
    expect(ids(same)).not.toContain(other);
    expect(same.total).toBe(same.items.length);
    for (const c of same.items) expect(c.reasons.some((r: { code: string }) => goalReasons.includes(r.code))).toBe(true);
    const near = (await candidatesOf(coach, 'limit=100&goal=near')).body;
    expect(ids(near)).toEqual(expect.arrayContaining(ids(same)));
    for (const c of near.items) expect(c.reasons.some((r: { code: string }) => [...goalReasons, 'goalSameField', 'goalRelatedSkills'].includes(r.code))).toBe(true);
    const all = (await candidatesOf(coach, 'limit=100')).body;
    expect(ids(all)).toContain(other);
    expect(all.total).toBeGreaterThan(same.total);

    // SFI course D or higher: the learners above (course C) drop out.
    const courseD = (await candidatesOf(coach, 'limit=100&sfiCourse=D')).body;
    expect(ids(courseD)).not.toContain(goal);
    for (const c of courseD.items) expect(c.sfiCourse).toBe('D');

    // Only those who marked the placement as interesting.
    const before = (await candidatesOf(coach, 'limit=100&interested=true')).body;
    await app.sql(`INSERT INTO placement_interest (learner_id, placement_id, created_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING`, [goal, placementId]);
    const marked = (await candidatesOf(coach, 'limit=100&interested=true')).body;
    expect(ids(marked)).toEqual(expect.arrayContaining([...ids(before), goal]));
    expect(marked.total).toBe(before.total + 1);
    expect(marked.items.every((c: { interested: boolean }) => c.interested)).toBe(true);

    // The learner's matches: by kind, and only their own marks.
    const matches = async (query: string) => (await app.api.get(`/api/learners/${goal}/matches?limit=100&${query}`, coach)).body;
    const placements = await matches('kind=placement');
    expect(placements.items.map((m: { placementId: string }) => m.placementId)).toContain(placementId);
    expect(placements.items.every((m: { kind: string }) => m.kind === 'placement')).toBe(true);
    expect((await matches('kind=jobTrack')).items.every((m: { kind: string }) => m.kind === 'jobTrack')).toBe(true);
    const mine = await matches('interested=true');
    expect(mine.items.map((m: { placementId: string }) => m.placementId)).toEqual([placementId]);
    expect(mine.total).toBe(1);

    for (const query of ['goal=best', 'sfiCourse=E', 'interested=yes', 'limit=10&unknown=1']) expect((await candidatesOf(coach, query)).status).toBe(400);
    for (const query of ['kind=job', 'interested=1']) expect((await app.api.get(`/api/learners/${goal}/matches?${query}`, coach)).status).toBe(400);
  });
});

describe('job tracks', () => {
  it('a job track has candidates for its intake (its start date, hours, seats and occupation), and is among the learner’s matches', async () => {
    const track = await app.api.post('/api/placements', {
      typeCode: 'jobbspar', employerId: DEMO.norrtalje.employerOrg, title: 'Jobbspår undersköterska, intag i vår', ssykCode: '5321',
      hoursPerWeek: 25, fitsSfiAfternoon: true, startDate: inDays(60), endDate: inDays(60 + 7 * 40), seats: 3, status: 'open',
      steps: [{ stepKind: 'yrkes_sfi', title: 'Yrkes-SFI vård', weeks: 10 }, { stepKind: 'praktik', title: 'Praktik på ett äldreboende', weeks: 8 }],
      partnerEmployerIds: [DEMO.norrtalje.employerOrg],
    }, coach);
    expect(track.status).toBe(201);
    const ready = await fittingLearner();
    const afterIntake = await fittingLearner({ availableFrom: inDays(90) });
    const tooFewHours = await fittingLearner({ hoursPerWeek: 20 });
    // All three have the job track's occupation as their goal: the narrowing keeps the list short.
    const list = (await app.api.get(`/api/placements/${track.body.id}/candidates?limit=100&goal=same`, coach)).body;
    const ids = list.items.map((c: { learnerId: string }) => c.learnerId);
    expect(ids).toContain(ready);
    expect(ids).not.toContain(afterIntake);
    expect(ids).not.toContain(tooFewHours);
    expect(list.total).toBe(list.items.length);
    expect(list.items.find((c: { learnerId: string }) => c.learnerId === ready).reasons.map((r: { code: string }) => r.code)).toContain('goalSameOccupation');
    const matches = (await app.api.get(`/api/learners/${ready}/matches?kind=jobTrack&limit=100`, coach)).body;
    expect(matches.items.map((m: { placementId: string }) => m.placementId)).toContain(track.body.id);
  });
});
