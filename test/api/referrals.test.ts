import { Client } from 'pg';
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

async function toInterview(id: string, newcomer: string, placement = placementId): Promise<string> {
  const rid = (await app.api.post('/api/referrals', { placementId: placement, learnerId: id }, coach)).body.id;
  await act(rid, 'learner_accept', newcomer);
  await act(rid, 'employer_accept', employer);
  await app.api.post(`/api/referrals/${rid}/actions`, { action: 'book_interview', interviewAt: new Date(Date.now() + 86_400_000).toISOString(), interviewPlace: 'Rimbo' }, employer);
  return rid;
}

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
    const at = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect((await app.api.post(`/api/referrals/${rid}/actions`, { action: 'book_interview', interviewPlace: 'Rimbo äldreboende' }, employer)).status).toBe(400);
    const booked = await app.api.post(`/api/referrals/${rid}/actions`, { action: 'book_interview', interviewAt: at, interviewPlace: 'Rimbo äldreboende, entrén', interpreterNeeded: true }, employer);
    expect(booked.body).toMatchObject({ state: 'interview_booked', interview: { at, place: 'Rimbo äldreboende, entrén', interpreterNeeded: true } });
    // The employer's contact gets the invitation with a calendar file.
    const mail = await app.catcher.waitFor((m) => m.to.includes('employer@norrtalje.example') && m.subject.startsWith('Intervju'));
    expect(mail.text).toContain('En tolk behövs.');
    expect(mail.calendar).toMatch(/BEGIN:VEVENT[\s\S]*LOCATION:Rimbo äldreboende\\, entrén[\s\S]*END:VEVENT/);
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
    expect(r.body).toMatchObject({ code: 'MATCH_CONSTRAINT', message: 'The learner does not fit the placement: lives too far away.', details: [{ field: 'learnerId', message: 'learnerId: lives too far away' }] });
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

  it('agreement confirmed by employer, learner and coach → started → ended → assessed → outcome 90 days later, prompted', async () => {
    const id = await learner();
    const newcomer = await asNewcomer(id);
    const rid = await toInterview(id, newcomer);
    const agreement = { action: 'propose_agreement', startDate: inDays(30), endDate: inDays(85), hoursPerWeek: 20, tasks: 'Hjälpa till vid måltider', insuranceNote: 'Kommunens försäkring gäller' };
    expect((await app.api.post(`/api/referrals/${rid}/actions`, { ...agreement, tasks: undefined }, coach)).status).toBe(400);
    expect((await app.api.post(`/api/referrals/${rid}/actions`, agreement, coach)).body.state).toBe('agreement_proposed');
    const first = (await act(rid, 'confirm_agreement', employer)).body;
    expect(first).toMatchObject({ state: 'agreement_proposed', agreement: { hoursPerWeek: 20, tasks: 'Hjälpa till vid måltider', confirmedBy: { employer: expect.any(String), learner: null, coach: null } } });
    expect((await act(rid, 'start', coach)).status).toBe(409);
    expect((await act(rid, 'confirm_agreement', newcomer)).body.state).toBe('agreement_proposed');
    expect((await act(rid, 'confirm_agreement', coach)).body.state).toBe('agreed');
    const [times] = await app.sql<{ e: Date; l: Date; c: Date }>(`SELECT employer_confirmed_at AS e, learner_confirmed_at AS l, coach_confirmed_at AS c FROM referral WHERE id = $1`, [rid]);
    expect([times.e, times.l, times.c].every(Boolean)).toBe(true);
    expect((await act(rid, 'start', coach)).body.state).toBe('started');
    expect((await app.api.post(`/api/referrals/${rid}/actions`, { action: 'end', endKind: 'aborted' }, coach)).status).toBe(400);
    expect((await app.api.post(`/api/referrals/${rid}/actions`, { action: 'end', endKind: 'completed' }, employer)).body.state).toBe('ended');
    expect((await app.api.post(`/api/referrals/${rid}/actions`, { action: 'assess', skillsShown: ['Bemötande'], nextStep: 'Vårdbiträde', wouldHire: true }, employer)).body.state).toBe('assessed');
    // The outcome is recorded 90 days after the end, and the coach is prompted then.
    expect((await app.api.post(`/api/referrals/${rid}/actions`, { action: 'record_outcome', outcome: 'work' }, coach)).body.code).toBe('OUTCOME_TOO_EARLY');
    expect((await app.api.get('/api/referrals/outcomes-due', coach)).body.map((r: { id: string }) => r.id)).not.toContain(rid);
    const admin = await app.api.login('admin@norrtalje.example');
    await app.api.post('/api/dev/clock', { advanceSeconds: 91 * 86400 }, admin);
    try {
      expect((await app.api.get('/api/referrals/outcomes-due', coach)).body.map((r: { id: string }) => r.id)).toContain(rid);
      expect((await app.api.post(`/api/referrals/${rid}/actions`, { action: 'record_outcome', outcome: 'work' }, coach)).body.state).toBe('closed');
    } finally {
      await app.api.post('/api/dev/clock', { reset: true }, admin);
    }
    const history = (await app.api.get(`/api/referrals/${rid}`, coach)).body.history.map((h: { action: string }) => h.action);
    expect(history).toEqual(['propose', 'learner_accept', 'employer_accept', 'book_interview', 'propose_agreement', 'confirm_agreement', 'confirm_agreement', 'confirm_agreement', 'start', 'end', 'assess', 'record_outcome']);
  });

  it('an agreed placement withdraws the learner’s other proposals that overlap it; a learner cannot act for another learner', async () => {
    const id = await learner();
    const newcomer = await asNewcomer(id);
    const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    const second = (await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), title: 'Praktik i köket på Rimbo äldreboende', status: 'open' }, employer)).body.id;
    const other = (await app.api.post('/api/referrals', { placementId: second, learnerId: id }, coach)).body.id;
    const rid = await toInterview(id, newcomer);
    await app.api.post(`/api/referrals/${rid}/actions`, { action: 'propose_agreement', startDate: inDays(30), endDate: inDays(85), hoursPerWeek: 20, tasks: 'Måltider' }, coach);
    // Another learner's account cannot confirm for this learner.
    const stranger = await app.api.login('learner@norrtalje.example');
    expect((await act(rid, 'confirm_agreement', stranger)).status).toBe(404);
    for (const token of [employer, newcomer, coach]) await act(rid, 'confirm_agreement', token);
    expect((await app.api.get(`/api/referrals/${other}`, coach)).body).toMatchObject({ state: 'withdrawn', reason: 'overlaps an agreed placement' });
    // Busy in an agreed placement: no longer a candidate for the overlapping one, and cannot be proposed to it.
    await flushSearch(app);
    expect((await app.api.get(`/api/placements/${second}/candidates?limit=100`, coach)).body.items.map((c: { learnerId: string }) => c.learnerId)).not.toContain(id);
    const again = await app.api.post('/api/referrals', { placementId: second, learnerId: id }, coach, 'en');
    expect(again.body).toMatchObject({ code: 'MATCH_CONSTRAINT', message: 'The learner does not fit the placement: is already in another placement at that time.' });
  });

  it('a placement whose seats are taken has no candidates and takes no more proposals', async () => {
    const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    const single = (await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), title: 'En enda plats i tvätteriet', seats: 1, status: 'open' }, employer)).body.id;
    const id = await learner();
    const newcomer = await asNewcomer(id);
    const rid = (await app.api.post('/api/referrals', { placementId: single, learnerId: id }, coach)).body.id;
    await act(rid, 'learner_accept', newcomer);
    await act(rid, 'employer_accept', employer);
    await app.api.post(`/api/referrals/${rid}/actions`, { action: 'book_interview', interviewAt: new Date(Date.now() + 86_400_000).toISOString(), interviewPlace: 'Rimbo' }, employer);
    await app.api.post(`/api/referrals/${rid}/actions`, { action: 'propose_agreement', startDate: inDays(30), endDate: inDays(85), hoursPerWeek: 20, tasks: 'Tvätt' }, coach);
    for (const token of [employer, newcomer, coach]) await act(rid, 'confirm_agreement', token);
    await flushSearch(app);
    expect((await app.api.get(`/api/placements/${single}/candidates`, coach)).body).toMatchObject({ items: [], total: 0, full: true });
    const other = await learner();
    expect((await app.api.post('/api/referrals', { placementId: single, learnerId: other }, coach)).body.code).toBe('NO_SEATS_LEFT');
  });
});

/** A new (or the given) learner's referral to the placement with an agreement the employer and the learner have confirmed: the coach's confirmation completes it. */
async function confirmedButByCoach(placement: string, id?: string): Promise<string> {
  id ??= await learner();
  const newcomer = await asNewcomer(id);
  const rid = await toInterview(id, newcomer, placement);
  await app.api.post(`/api/referrals/${rid}/actions`, { action: 'propose_agreement', startDate: inDays(30), endDate: inDays(85), hoursPerWeek: 20, tasks: 'Måltider' }, coach);
  for (const token of [employer, newcomer]) expect((await act(rid, 'confirm_agreement', token)).body.state).toBe('agreement_proposed');
  return rid;
}
/** What a refused step must leave as it was: the state, the three confirmations and the history. */
const written = async (rid: string) =>
  (await app.sql(
    `SELECT state, employer_confirmed_at, learner_confirmed_at, coach_confirmed_at, updated_at, (SELECT count(*)::int FROM referral_event WHERE referral_id = r.id) AS events FROM referral r WHERE id = $1`,
    [rid],
  ))[0];

/**
 * The coach's last confirmations of the referrals, sent at once. So that they truly overlap, a
 * transaction of the test holds back every referral_event insert (the step's history, written after
 * the room check) until both requests wait on a lock: without the row locks both have counted a free
 * place by then; with them, the second waits for the placement's or the supervisor's row.
 */
async function confirmAtOnce(rids: string[], lang?: string) {
  const gate = new Client({ connectionString: app.databaseUrl });
  await gate.connect();
  try {
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE referral_event IN SHARE MODE');
    const all = Promise.all(rids.map((rid) => app.api.post(`/api/referrals/${rid}/actions`, { action: 'confirm_agreement' }, coach, lang)));
    for (let waited = 0; ; waited += 20) {
      const [{ n }] = await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (n >= rids.length) break;
      if (waited > 10_000) throw new Error(`only ${n} of ${rids.length} confirmations reached a lock`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await gate.query('COMMIT');
    return await all;
  } finally {
    await gate.end();
  }
}

describe('an agreement takes a seat and a place with the supervisor', () => {
  it('the last confirmation is refused when the supervisor, shared by two placements, has no room left; nothing is written', async () => {
    const { siteId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    const sup = await app.api.post(`/api/employers/${DEMO.norrtalje.employerOrg}/supervisors`, { name: 'Ensam Handledare', languages: [REF.arabic], capacity: 1, trained: true }, employer);
    expect(sup.status).toBe(201);
    const placement = (title: string) => app.api.post('/api/placements', { ...praktikBody(siteId, sup.body.id), title, status: 'open' }, employer);
    const kitchen = (await placement('Praktik i köket, handledare för en')).body.id;
    const laundry = (await placement('Praktik i tvätteriet, samma handledare')).body.id;
    // Both proposed while the supervisor had room; each placement has two seats.
    const first = await confirmedButByCoach(kitchen);
    const second = await confirmedButByCoach(laundry);
    expect((await act(first, 'confirm_agreement', coach)).body.state).toBe('agreed');

    const before = await written(second);
    expect(before).toMatchObject({ state: 'agreement_proposed', employer_confirmed_at: expect.any(Date), learner_confirmed_at: expect.any(Date), coach_confirmed_at: null });
    const refused = await app.api.post(`/api/referrals/${second}/actions`, { action: 'confirm_agreement' }, coach, 'en');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'MATCH_CONSTRAINT', message: 'The learner does not fit the placement: the supervisor has no room for more.', details: [{ field: 'placementId', message: 'placementId: the supervisor has no room for more' }] });
    const arabic = await app.api.post(`/api/referrals/${second}/actions`, { action: 'confirm_agreement' }, coach, 'ar');
    expect(arabic.body).toMatchObject({ code: 'MATCH_CONSTRAINT', message: 'المشارك لا يناسب المكان: ليس لدى المشرف متسع للمزيد.' });
    expect(await written(second)).toEqual(before);
    // The same refusal as a new proposal to the supervisor's other placement gets.
    const late = await app.api.post('/api/referrals', { placementId: laundry, learnerId: await learner() }, coach, 'en');
    expect(late.body).toMatchObject({ code: refused.body.code, message: refused.body.message });
  });

  it('two agreements for the last seat confirmed at the same moment: exactly one is agreed, the other is refused with NO_SEATS_LEFT and nothing written', async () => {
    const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    // An employment without a supervisor: only the placement's own row lock keeps its last seat.
    const body = { ...praktikBody(siteId, supervisorId), typeCode: 'anstallning', supervisorId: null, title: 'Den sista platsen i tvätteriet', seats: 1, status: 'open' };
    const single = (await app.api.post('/api/placements', body, employer)).body.id;
    const rids = [await confirmedButByCoach(single), await confirmedButByCoach(single)];
    const before = await Promise.all(rids.map(written));

    const answers = await confirmAtOnce(rids);
    expect(answers.map((r) => r.body.state ?? r.body.code).sort()).toEqual(['NO_SEATS_LEFT', 'agreed']);
    const loser = answers.findIndex((r) => r.body.code === 'NO_SEATS_LEFT');
    expect(answers[loser].status).toBe(409);
    expect(await written(rids[loser])).toEqual(before[loser]);
    const [{ taken }] = await app.sql<{ taken: number }>(`SELECT count(*)::int AS taken FROM referral WHERE placement_id = $1 AND state IN ('agreed', 'started')`, [single]);
    expect(taken).toBe(1);
  });

  it('a placement cannot shrink below the learners already agreed, nor move them to a supervisor without room; nothing is written', async () => {
    const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    const placement = (await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), title: 'Praktik i lagret, två platser', status: 'open' }, employer)).body.id;
    for (let i = 0; i < 2; i++) expect((await act(await confirmedButByCoach(placement), 'confirm_agreement', coach)).body.state).toBe('agreed');
    const stored = async () => (await app.sql(`SELECT seats, supervisor_id AS "supervisorId", updated_at AS "updatedAt" FROM placement WHERE id = $1`, [placement]))[0];
    const before = await stored();

    const fewer = await app.api.patch(`/api/placements/${placement}`, { seats: 1 }, employer, 'en');
    expect(fewer).toMatchObject({ status: 409, body: { code: 'SEATS_TAKEN', message: '2 participants already have an agreed place here. The number of seats cannot be lower.', details: [{ field: 'seats' }] } });
    const small = (await app.api.post(`/api/employers/${DEMO.norrtalje.employerOrg}/supervisors`, { name: 'Liten Handledare', languages: [REF.arabic], capacity: 1, trained: true }, employer)).body.id;
    const moved = await app.api.patch(`/api/placements/${placement}`, { supervisorId: small }, employer, 'sv');
    expect(moved).toMatchObject({ status: 409, body: { code: 'SUPERVISOR_NO_ROOM', details: [{ field: 'supervisorId' }] } });
    expect(moved.body.message).toContain('2 deltagare');
    expect(await stored()).toEqual(before);

    // More seats, the same number, or a supervisor with room: accepted.
    expect((await app.api.patch(`/api/placements/${placement}`, { seats: 2, title: 'Praktik i lagret' }, employer)).status).toBe(200);
    const roomy = (await app.api.post(`/api/employers/${DEMO.norrtalje.employerOrg}/supervisors`, { name: 'Rymlig Handledare', languages: [REF.arabic], capacity: 3, trained: true }, employer)).body.id;
    expect((await app.api.patch(`/api/placements/${placement}`, { supervisorId: roomy }, employer)).status).toBe(200);
    expect(await stored()).toMatchObject({ seats: 2, supervisorId: roomy });
  });

  it('one learner’s two overlapping agreements confirmed at the same moment: one is agreed and withdraws the other, which is refused as out of order (not a deadlock, not a 500)', async () => {
    const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    const placement = async (title: string) => (await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), title, status: 'open' }, employer)).body.id as string;
    const id = await learner();
    const rids = [await confirmedButByCoach(await placement('Praktik i bageriet'), id), await confirmedButByCoach(await placement('Praktik i konditoriet'), id)];

    const answers = await confirmAtOnce(rids, 'en');
    expect(answers.map((r) => r.body.state ?? r.body.code).sort()).toEqual(['TRANSITION_NOT_ALLOWED', 'agreed']);
    const loser = answers.findIndex((r) => r.body.code === 'TRANSITION_NOT_ALLOWED');
    expect(answers[loser].status).toBe(409);
    expect((await written(rids[loser])).state).toBe('withdrawn');
  });

  it('two agreements at two placements for the supervisor’s last place confirmed at the same moment: exactly one is agreed, the other is refused and nothing written', async () => {
    const { siteId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
    const sup = (await app.api.post(`/api/employers/${DEMO.norrtalje.employerOrg}/supervisors`, { name: 'Upptagen Handledare', languages: [REF.arabic], capacity: 1, trained: true }, employer)).body.id;
    const placement = async (title: string) => (await app.api.post('/api/placements', { ...praktikBody(siteId, sup), title, status: 'open' }, employer)).body.id as string;
    const rids = [await confirmedButByCoach(await placement('Praktik i caféet')), await confirmedButByCoach(await placement('Praktik i receptionen'))];
    const before = await Promise.all(rids.map(written));

    const answers = await confirmAtOnce(rids, 'en');
    expect(answers.map((r) => r.body.state ?? r.body.code).sort()).toEqual(['MATCH_CONSTRAINT', 'agreed']);
    const loser = answers.findIndex((r) => r.body.code === 'MATCH_CONSTRAINT');
    expect(answers[loser]).toMatchObject({ status: 422, body: { message: 'The learner does not fit the placement: the supervisor has no room for more.' } });
    expect(await written(rids[loser])).toEqual(before[loser]);
    const [{ taken }] = await app.sql<{ taken: number }>(
      `SELECT count(*)::int AS taken FROM referral r JOIN placement p ON p.id = r.placement_id WHERE p.supervisor_id = $1 AND r.state IN ('agreed', 'started')`,
      [sup],
    );
    expect(taken).toBe(1);
  });
});
