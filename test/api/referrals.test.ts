import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, inDays, praktikBody, REF, siteAndSupervisor } from '../support/placements';

let app: TestApp;
let coach: string;
let employer: string;
let placementId: string;

beforeAll(async () => {
  app = await startTestApp();
  coach = await app.api.login('coach@norrtalje.example');
  employer = await app.api.login('employer@norrtalje.example');
  const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
  const created = await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), status: 'open' }, employer);
  placementId = created.body.id;
});
afterAll(() => app?.stop());

async function learner(over: Record<string, unknown> = {}): Promise<string> {
  const r = await app.api.post('/api/learners', { firstName: 'Remiss', lastName: 'Testsson', birthYear: 1985, gender: 'female', email: 'remiss@example.org', phone: '0701112233', homePlaceId: REF.rimbo, hoursPerWeek: 30, sfiLessonTime: 'afternoon', travelMinutes: 30, ...over }, coach);
  const id = r.body.id;
  await app.api.post(`/api/learners/${id}/sfi-courses`, { course: 'C', startDate: inDays(-60), result: 'continuing' }, coach);
  await app.api.post(`/api/learners/${id}/languages`, { languageId: REF.arabic, level: 'native' }, coach);
  await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'share_with_employers', given: true, language: 'sv' }, coach);
  return id;
}
async function asNewcomer(learnerId: string): Promise<string> {
  await app.sql(`UPDATE learner SET user_id = NULL WHERE user_id = $1`, [DEMO.norrtalje.learner2]);
  await app.sql(`UPDATE learner SET user_id = $1 WHERE id = $2`, [DEMO.norrtalje.learner2, learnerId]);
  return app.api.login('learner2@norrtalje.example');
}
const act = (id: string, action: string, token: string, note?: string) => app.api.post(`/api/referrals/${id}/actions`, { action, note }, token);
const count = async () => (await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM referral`))[0].n;

describe('referral pipeline', () => {
  it('proposed → learner accepts → employer reviews an anonymised profile and accepts → sees name and contact → books the interview; every step in the history', async () => {
    const id = await learner();
    const newcomer = await asNewcomer(id);
    const proposed = await app.api.post('/api/referrals', { placementId, learnerId: id }, coach);
    expect(proposed.status).toBe(201);
    expect(proposed.body.state).toBe('proposed');
    const rid = proposed.body.id;
    // The employer sees nothing until the learner accepts.
    expect((await app.api.get(`/api/referrals/${rid}`, employer)).status).toBe(404);
    expect((await app.api.get('/api/referrals', employer)).body.map((r: { id: string }) => r.id)).not.toContain(rid);
    // Out of order and wrong role change nothing.
    expect((await act(rid, 'employer_accept', employer)).status).toBe(404);
    expect((await act(rid, 'learner_accept', coach)).status).toBe(403);
    expect((await act(rid, 'start', coach)).status).toBe(409);
    expect((await act(rid, 'learner_accept', newcomer)).body.state).toBe('learner_accepted');

    const anon = await app.api.get(`/api/referrals/${rid}/profile`, employer);
    expect(anon.status).toBe(200);
    expect(anon.body).toMatchObject({ name: null, email: null, phone: null, sfiCourse: 'C', languages: [{ label: 'Arabiska', level: 'native' }] });
    expect(JSON.stringify(anon.body)).not.toMatch(/Remiss|remiss@|0701112233|"gender"|"birthYear"|"age"/);
    expect(JSON.stringify((await app.api.get(`/api/referrals/${rid}`, employer)).body)).not.toMatch(/Remiss/);

    expect((await act(rid, 'employer_decline', employer)).status).toBe(400);
    expect((await act(rid, 'employer_accept', employer)).body.state).toBe('employer_accepted');
    const revealed = (await app.api.get(`/api/referrals/${rid}/profile`, employer)).body;
    expect(revealed).toMatchObject({ name: 'Remiss Testsson', email: 'remiss@example.org', phone: '0701112233' });
    expect((await act(rid, 'book_interview', employer, 'Tisdag 10.00 på Rimbo äldreboende')).body.state).toBe('interview_booked');
    const history = (await app.api.get(`/api/referrals/${rid}`, coach)).body.history.map((h: { action: string; toState: string }) => [h.action, h.toState]);
    expect(history).toEqual([['propose', 'proposed'], ['learner_accept', 'learner_accepted'], ['employer_accept', 'employer_accepted'], ['book_interview', 'interview_booked']]);
    // The learner's read log shows the employer's looks.
    const reads = (await app.api.get(`/api/learners/${id}/privacy/reads`, newcomer)).body;
    expect(reads.filter((r: { action: string }) => r.action === 'learner.referral.employer-read')).toHaveLength(2);
  });

  it('a proposal that breaks a constraint names it; no consent, twice, or another municipality are refused; nothing is written', async () => {
    const before = await count();
    const far = await learner({ homePlaceId: '0188-hallstavik' });
    const r = await app.api.post('/api/referrals', { placementId, learnerId: far }, coach, 'en');
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'MATCH_CONSTRAINT', message: 'The learner does not fit the placement: lives too far away.' });
    const noConsent = (await app.api.post('/api/learners', { firstName: 'Utan', lastName: 'Samtycke', birthYear: 1990 }, coach)).body.id;
    expect((await app.api.post('/api/referrals', { placementId, learnerId: noConsent }, coach)).body.code).toBe('NOT_MATCHABLE');
    const sollentuna = await app.api.login('coach@sollentuna.example');
    expect((await app.api.post('/api/referrals', { placementId, learnerId: far }, sollentuna)).status).toBe(404);
    expect((await app.api.post('/api/referrals', { placementId, learnerId: far }, employer)).status).toBe(403);
    expect(await count()).toBe(before);
    const ok = await learner();
    expect((await app.api.post('/api/referrals', { placementId, learnerId: ok }, coach)).status).toBe(201);
    expect((await app.api.post('/api/referrals', { placementId, learnerId: ok }, coach)).body.code).toBe('ALREADY_PROPOSED');
  });

  it('withdrawing consent withdraws pending proposals at once; another employer never sees them', async () => {
    const id = await learner();
    const rid = (await app.api.post('/api/referrals', { placementId, learnerId: id }, coach)).body.id;
    const newcomer = await asNewcomer(id);
    await act(rid, 'learner_accept', newcomer);
    const other = await app.api.login('employer@sollentuna.example');
    expect((await app.api.get(`/api/referrals/${rid}/profile`, other)).status).toBe(404);
    await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'share_with_employers', given: false, language: 'sv' }, newcomer);
    const after = (await app.api.get(`/api/referrals/${rid}`, coach)).body;
    expect(after.state).toBe('withdrawn');
    expect(after.history.at(-1)).toMatchObject({ action: 'withdraw', actorRole: 'system', note: 'share-withdrawn' });
    await flushSearch(app);
  });
});
