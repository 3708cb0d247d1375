import { DEMO } from '../../apps/api/src/seed/demo-data';
import { LearnerEvents, type LearnerEvent } from '../../apps/api/src/learners/learner-events';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, swedishDate } from '../support/placements';
import { SearchIndex } from '../../apps/api/src/search/search-index.service';

let app: TestApp;
let coach: string;
let admin: string;
const ref: { sunLevel: string; arabic: string; ssyk: string; skill: string; place: string; field: string } = {} as never;

beforeAll(async () => {
  app = await startTestApp();
  coach = await app.api.login('coach@norrtalje.example');
  admin = await app.api.login('admin@norrtalje.example');
  const one = async (sql: string) => Object.values((await app.sql(sql))[0])[0] as string;
  ref.sunLevel = await one(`SELECT code FROM ref_sun_level WHERE level = 1 ORDER BY code DESC LIMIT 1`);
  ref.arabic = await one(`SELECT concept_id FROM ref_language WHERE label_sv = 'Arabiska'`);
  ref.ssyk = await one(`SELECT code FROM ref_ssyk_group WHERE name_sv ILIKE 'Undersköterskor%' ORDER BY code LIMIT 1`);
  ref.skill = await one(`SELECT skill_concept_id FROM ref_ssyk_skill WHERE ssyk_code = '${ref.ssyk}' LIMIT 1`);
  ref.place = await one(`SELECT id FROM ref_place WHERE municipality_code = '0188' AND label = 'Rimbo'`);
  ref.field = await one(`SELECT concept_id FROM ref_occupation_field ORDER BY label_sv LIMIT 1`);
});
afterAll(() => app?.stop());

const today = () => swedishDate(new Date());
const daysAgo = (n: number) => swedishDate(new Date(Date.now() - n * 86_400_000));
const counts = async (id: string) =>
  (await app.sql<{ n: number }>(
    `SELECT (SELECT count(*) FROM learner_sfi_course WHERE learner_id = $1) + (SELECT count(*) FROM learner_language WHERE learner_id = $1)
          + (SELECT count(*) FROM learner_experience WHERE learner_id = $1) + (SELECT count(*) FROM learner_establishment WHERE learner_id = $1) AS n`,
    [id],
  ))[0].n;

async function newLearner(body: Record<string, unknown> = {}, token = coach): Promise<string> {
  const r = await app.api.post('/api/learners', { firstName: 'Hawa', lastName: `Testsson${Math.random().toString(36).slice(2, 7)}`, birthYear: 1990, gender: 'female', ...body }, token);
  expect(r.status).toBe(201);
  return r.body.id;
}

/** Links the demo newcomer learner2 to a profile and returns their token. */
async function asNewcomer(learnerId: string): Promise<string> {
  await app.sql(`UPDATE learner SET user_id = NULL WHERE user_id = $1`, [DEMO.norrtalje.learner2]);
  await app.sql(`UPDATE learner SET user_id = $1 WHERE id = $2`, [DEMO.norrtalje.learner2, learnerId]);
  return app.api.login('learner2@norrtalje.example');
}

describe('learner profile (kompetenskartläggning)', () => {
  it('a coach maps a learner; every item shows who entered it and whether it is verified; SFI course is the highest passed or ongoing', async () => {
    const id = await newLearner({ homePlaceId: ref.place, preferredLanguages: ['ar', 'sv'], licences: ['B'], interestFields: [ref.field] });
    const sfi = [
      { course: 'B', startDate: daysAgo(400), endDate: daysAgo(250), result: 'C', verification: 'verified' },
      { course: 'C', startDate: daysAgo(240), endDate: daysAgo(100), result: 'F' },
      { course: 'C', startDate: daysAgo(90), result: 'continuing' },
    ];
    for (const body of sfi) expect((await app.api.post(`/api/learners/${id}/sfi-courses`, body, coach)).status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/languages`, { languageId: ref.arabic, level: 'native' }, coach)).status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/education`, { sunLevel: ref.sunLevel, country: 'SY', years: 6 }, coach)).status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/experience`, { ssykCode: ref.ssyk, years: 3.5, country: 'SY', title: 'Nurse assistant in Aleppo' }, coach)).status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/skills`, { skillId: ref.skill }, coach)).status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/establishment`, { residencePermitDate: daysAgo(500), programmeStart: daysAgo(470) }, coach)).status).toBe(201);

    const profile = (await app.api.get(`/api/learners/${id}?reason=mapping`, coach)).body;
    expect(profile).toMatchObject({ firstName: 'Hawa', homePlaceLabel: 'Rimbo', licences: ['B'], currentSfiCourse: 'C', coach: { id: DEMO.norrtalje.coach } });
    expect(profile.sfiCourses).toHaveLength(3);
    expect(profile.sfiCourses[0]).toMatchObject({ verification: 'verified', enteredByRole: 'coach', enteredByName: 'Johan Ekström', verifiedByName: 'Johan Ekström' });
    expect(profile.sfiCourses[1]).toMatchObject({ verification: 'self_reported', verifiedByName: null });
    expect(profile.languages[0]).toMatchObject({ label: 'Arabiska', level: 'native' });
    expect(profile.experience[0]).toMatchObject({ ssykCode: ref.ssyk, years: 3.5 });
    expect(profile.interestFields).toHaveLength(1);
    // Gender is kept for statistics and shown to staff; it is not a placement filter (see placement search tests).
    expect(profile.gender).toBe('female');
  });

  it('bad input gets a clear 400 in the caller’s language and writes nothing', async () => {
    const id = await newLearner();
    const before = await counts(id);
    const cases: [string, Record<string, unknown>, string][] = [
      ['experience', { ssykCode: '9998', years: 2 }, 'UNKNOWN_REFERENCE'],
      ['experience', { years: 2 }, 'VALIDATION_FAILED'],
      ['languages', { languageId: ref.arabic, level: 'D1' }, 'VALIDATION_FAILED'],
      ['languages', { languageId: 'xxxx_xxx_xxx', level: 'B1' }, 'UNKNOWN_REFERENCE'],
      ['sfi-courses', { course: 'B', startDate: daysAgo(-10), result: 'continuing' }, 'DATE_IN_FUTURE'],
      ['sfi-courses', { course: 'B', startDate: daysAgo(10), endDate: daysAgo(20), result: 'C' }, 'DATES_OUT_OF_ORDER'],
      ['sfi-courses', { course: 'E', startDate: daysAgo(10), result: 'continuing' }, 'VALIDATION_FAILED'],
      ['sfi-courses', { course: 'B', startDate: daysAgo(30), result: 'C' }, 'VALIDATION_FAILED'],
      ['establishment', { programmeStart: daysAgo(100), exitDate: daysAgo(200) }, 'DATES_OUT_OF_ORDER'],
      ['establishment', { programmeStart: daysAgo(-1) }, 'DATE_IN_FUTURE'],
      ['establishment', { programmeStart: daysAgo(100), exitReason: 'work' }, 'VALIDATION_FAILED'],
      ['education', { sunLevel: '9zz' }, 'UNKNOWN_REFERENCE'],
      ['education', { sunLevel: ref.sunLevel, country: 'Syria' }, 'VALIDATION_FAILED'],
      ['skills', { skillId: ref.skill, extra: 1 }, 'VALIDATION_FAILED'],
    ];
    for (const [section, body, code] of cases) {
      const r = await app.api.post(`/api/learners/${id}/${section}`, body, coach, 'en');
      expect([section, body, r.status, r.body.code]).toEqual([section, body, r.status < 500 && r.status >= 400 ? r.status : 'not 4xx', code]);
      expect(typeof r.body.message).toBe('string');
    }
    const sv = await app.api.post(`/api/learners/${id}/sfi-courses`, { course: 'B', startDate: daysAgo(-10), result: 'continuing' }, coach, 'sv');
    expect(sv.body.message).toBe('Datumet kan inte vara senare än i dag: startDate.');
    expect(await counts(id)).toBe(before);

    expect((await app.api.post('/api/learners', { firstName: 'A', lastName: 'B', birthYear: new Date().getFullYear() + 1 }, coach)).body.code).toBe('DATE_IN_FUTURE');
    expect((await app.api.post('/api/learners', { firstName: 'A', lastName: 'B', birthYear: 1990, homePlaceId: 'nowhere' }, coach)).body.code).toBe('UNKNOWN_REFERENCE');
    expect((await app.api.post('/api/learners', { firstName: 'A', lastName: 'B', birthYear: 1990, gender: 'f' }, coach)).status).toBe(400);
    expect((await app.api.post(`/api/learners/${id}/hobbies`, { x: 1 }, coach)).status).toBe(400);
    expect((await app.api.get(`/api/learners/not-a-uuid`, coach)).status).toBe(400);
    // A skill can be in the profile once.
    expect((await app.api.post(`/api/learners/${id}/skills`, { skillId: ref.skill }, coach)).status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/skills`, { skillId: ref.skill }, coach)).status).toBe(409);
  });

  it('every read by staff is audited with a reason; the learner and the coach see the log; the learner’s own reads are not logged', async () => {
    const id = await newLearner();
    const newcomer = await asNewcomer(id);
    await app.api.get(`/api/learners/${id}?reason=matching`, coach);
    await app.api.get(`/api/learners/${id}/plan`, admin);
    const self = await app.api.get('/api/learners/me', newcomer);
    expect(self.status).toBe(200);
    expect(self.body.id).toBe(id);
    const reads = (await app.api.get(`/api/learners/${id}/privacy/reads`, newcomer)).body as { actorName: string; action: string; reason: string; actorRole: string }[];
    const readRows = reads.filter((r) => r.action.endsWith('read'));
    expect(readRows.map((r) => [r.actorName, r.action, r.reason])).toEqual(
      expect.arrayContaining([
        ['Johan Ekström', 'learner.read', 'matching'],
        [expect.any(String), 'learner.plan.read', 'plan'],
      ]),
    );
    expect(readRows.some((r) => r.actorRole === 'newcomer')).toBe(false);
    expect((await app.api.get(`/api/learners/${id}/privacy/reads`, coach)).status).toBe(200);
  });

  it('protected identity: contact and home place are hidden from everyone but the responsible coach and the learner', async () => {
    const id = await newLearner({ protectedIdentity: true, email: 'hidden@example.org', phone: '070-123 45 67', homePlaceId: ref.place });
    const mine = (await app.api.get(`/api/learners/${id}`, coach)).body;
    expect(mine).toMatchObject({ email: 'hidden@example.org', homePlaceLabel: 'Rimbo', hidden: false });
    const other = await app.api.login('coach2@norrtalje.example');
    for (const token of [other, admin]) {
      const seen = (await app.api.get(`/api/learners/${id}`, token)).body;
      expect(seen).toMatchObject({ email: null, phone: null, homePlaceId: null, homePlaceLabel: null, hidden: true, protectedIdentity: true });
    }
    const newcomer = await asNewcomer(id);
    expect((await app.api.get('/api/learners/me', newcomer)).body.email).toBe('hidden@example.org');
  });
});

describe('rights', () => {
  it('another municipality, employers and other newcomers cannot reach a profile; a newcomer changes only their own, and only what is theirs to change', async () => {
    const id = await newLearner({ email: 'own@example.org' });
    const otherId = await newLearner();
    const sollentuna = await app.api.login('coach@sollentuna.example');
    expect((await app.api.get(`/api/learners/${id}`, sollentuna)).status).toBe(404);
    expect((await app.api.patch(`/api/learners/${id}`, { firstName: 'X' }, sollentuna)).status).toBe(404);
    expect((await app.api.get('/api/learners', sollentuna)).body.items.map((r: { id: string }) => r.id)).not.toContain(id);
    const employer = await app.api.login('employer@norrtalje.example');
    for (const path of [`/api/learners/${id}`, '/api/learners', `/api/learners/${id}/plan`, `/api/learners/${id}/privacy/export`]) {
      expect((await app.api.get(path, employer)).status).toBe(403);
    }

    const newcomer = await asNewcomer(id);
    expect((await app.api.get(`/api/learners/${otherId}`, newcomer)).status).toBe(404);
    expect((await app.api.patch(`/api/learners/${otherId}`, { phone: '0701234567' }, newcomer)).status).toBe(404);
    expect((await app.api.post(`/api/learners/${otherId}/languages`, { languageId: ref.arabic, level: 'B1' }, newcomer)).status).toBe(404);
    expect((await app.api.get('/api/learners', newcomer)).status).toBe(403);

    const staffField = await app.api.patch(`/api/learners/${id}`, { gender: 'male', phone: '0701234567' }, newcomer);
    expect(staffField.status).toBe(403);
    const own = await app.api.patch(`/api/learners/${id}`, { phone: '0701234567', travelMinutes: 45, travelModes: ['public_transport'] }, newcomer);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ phone: '0701234567', travelMinutes: 45, gender: 'female' });
    const added = await app.api.post(`/api/learners/${id}/languages`, { languageId: ref.arabic, level: 'C1' }, newcomer);
    expect(added.status).toBe(201);
    expect(added.body.languages[0]).toMatchObject({ verification: 'self_reported', enteredByRole: 'newcomer' });
    expect((await app.api.post(`/api/learners/${id}/skills`, { skillId: ref.skill, verification: 'verified' }, newcomer)).status).toBe(403);
    // The coach verifies what the learner said.
    const itemId = added.body.languages[0].id;
    const verified = await app.api.patch(`/api/learners/${id}/languages/${itemId}`, { verification: 'verified' }, coach);
    expect(verified.body.languages[0]).toMatchObject({ verification: 'verified', verifiedByName: 'Johan Ekström', level: 'C1' });
    // A learner's correction makes it self-reported again.
    const corrected = await app.api.patch(`/api/learners/${id}/languages/${itemId}`, { level: 'B2' }, newcomer);
    expect(corrected.body.languages[0]).toMatchObject({ verification: 'self_reported', level: 'B2' });
    // A learner removes what they entered themself, not what staff entered or verified.
    const staffItem = await app.api.post(`/api/learners/${id}/skills`, { skillId: ref.skill }, coach);
    const staffSkill = staffItem.body.skills[0].id;
    expect((await app.api.delete(`/api/learners/${id}/skills/${staffSkill}`, newcomer)).status).toBe(403);
    expect((await app.api.delete(`/api/learners/${id}/languages/${itemId}`, newcomer)).status).toBe(200);
    expect((await app.api.get(`/api/learners/${id}`, coach)).body.skills).toHaveLength(1);
    // Newcomers do not write plans.
    expect((await app.api.put(`/api/learners/${id}/plan`, { goalText: 'x' }, newcomer)).status).toBe(403);
  });
});

describe('career plan', () => {
  it('goals, ordered steps, follow-ups; stalled after the municipality’s weeks without progress; the 12-month review is prompted', async () => {
    const id = await newLearner();
    const created = await app.api.put(`/api/learners/${id}/plan`, { goalSsyk: [ref.ssyk], goalText: 'Arbeta inom vården', startDate: daysAgo(400), plannedHours: 40 }, coach);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ exists: true, goalSsyk: [{ code: ref.ssyk }], reviewDue: true });
    await app.api.post(`/api/learners/${id}/plan/steps`, { kind: 'sfi', title: 'SFI kurs C', status: 'ongoing', hoursPerWeek: 15 }, coach);
    await app.api.post(`/api/learners/${id}/plan/steps`, { kind: 'praktik', title: 'Praktik på äldreboende', hoursPerWeek: 20 }, coach);
    const first = await app.api.post(`/api/learners/${id}/plan/steps`, { kind: 'validation', title: 'Validering undersköterska', position: 0 }, coach);
    expect(first.body.steps.map((s: { title: string }) => s.title)).toEqual(['Validering undersköterska', 'SFI kurs C', 'Praktik på äldreboende']);
    expect(first.body.scheduledHours).toBe(15);
    const moved = await app.api.patch(`/api/learners/${id}/plan/steps/${first.body.steps[0].id}`, { position: 2 }, coach);
    expect(moved.body.steps.map((s: { position: number; title: string }) => [s.position, s.title])).toEqual([[0, 'SFI kurs C'], [1, 'Praktik på äldreboende'], [2, 'Validering undersköterska']]);

    // Removing a step closes the gap.
    const extra = await app.api.post(`/api/learners/${id}/plan/steps`, { kind: 'other', title: 'Extra', position: 1 }, coach);
    const removed = await app.api.delete(`/api/learners/${id}/plan/steps/${extra.body.steps[1].id}`, coach);
    expect(removed.body.steps.map((s: { position: number; title: string }) => [s.position, s.title])).toEqual([[0, 'SFI kurs C'], [1, 'Praktik på äldreboende'], [2, 'Validering undersköterska']]);
        // Bad follow-ups change nothing.
    expect((await app.api.post(`/api/learners/${id}/plan/follow-ups`, { heldOn: today(), attendance: 'absent' }, coach)).status).toBe(400);
    expect((await app.api.post(`/api/learners/${id}/plan/follow-ups`, { heldOn: daysAgo(-3), attendance: 'attended' }, coach)).body.code).toBe('DATE_IN_FUTURE');
    expect((await app.api.post(`/api/learners/${id}/plan/steps`, { kind: 'job', title: 'Jobb', startDate: daysAgo(1), endDate: daysAgo(5) }, coach)).body.code).toBe('DATES_OUT_OF_ORDER');
    expect((await app.sql(`SELECT 1 FROM follow_up WHERE learner_id = $1`, [id])).length).toBe(0);

    const followed = await app.api.post(`/api/learners/${id}/plan/follow-ups`, { heldOn: daysAgo(2), attendance: 'absent', absenceReason: 'illness', notes: 'Sjuk', progress: { language: 'better' } }, coach);
    expect(followed.status).toBe(201);
    expect(followed.body.followUps[0]).toMatchObject({ attendance: 'absent', absenceReason: 'illness', progress: { language: 'better', work: null } });
    expect(followed.body.stalled).toBe(false);

    // Seven weeks later with nothing new: stalled (Norrtälje's default is 6 weeks).
    await app.api.post('/api/dev/clock', { advanceSeconds: 7 * 7 * 86400 }, admin);
    try {
      expect((await app.api.get(`/api/learners/${id}/plan`, coach)).body.stalled).toBe(true);
      const stalled = (await app.api.get('/api/learners?coach=me&stalled=true&q=Testsson&limit=100', coach)).body.items.map((r: { id: string }) => r.id);
      expect(stalled).toContain(id);
    } finally {
      await app.api.post('/api/dev/clock', { reset: true }, admin);
    }
    // The coach books the next meeting; holding it clears the booking; a booking cannot be in the past.
    expect((await app.api.put(`/api/learners/${id}/plan`, { nextFollowUpOn: daysAgo(1) }, coach)).status).toBe(400);
    expect((await app.api.put(`/api/learners/${id}/plan`, { nextFollowUpOn: today() }, coach)).body.nextFollowUpOn).toBe(today());
    expect((await app.api.post(`/api/learners/${id}/plan/follow-ups`, { heldOn: today(), attendance: 'attended' }, coach)).body.nextFollowUpOn).toBeNull();
    const reviewed = await app.api.post(`/api/learners/${id}/plan/review`, { heldOn: today(), notes: 'Gemensam genomgång' }, coach);
    expect(reviewed.body).toMatchObject({ reviewDue: false, reviewHeldOn: today() });
    // The learner sees their plan.
    const newcomer = await asNewcomer(id);
    expect((await app.api.get(`/api/learners/${id}/plan`, newcomer)).body.steps).toHaveLength(3);
  });

  it('each municipality sets its own weeks before "stalled"; only admins may', async () => {
    const id = await newLearner();
    await app.api.put(`/api/learners/${id}/plan`, { startDate: daysAgo(8 * 7) }, coach);
    expect((await app.api.get(`/api/learners/${id}/plan`, coach)).body.stalled).toBe(true);
    expect((await app.api.patch('/api/tenant/settings', { stalledWeeks: 0 }, admin)).status).toBe(400);
    expect((await app.api.patch('/api/tenant/settings', { stalledWeeks: 10 }, coach)).status).toBe(403);
    const set = await app.api.patch('/api/tenant/settings', { stalledWeeks: 10 }, admin);
    try {
      expect(set.body.stalledWeeks).toBe(10);
      expect((await app.api.get(`/api/learners/${id}/plan`, coach)).body.stalled).toBe(false);
      expect((await app.api.get('/api/learners?stalled=false&q=Testsson&limit=100', coach)).body.items.map((r: { id: string }) => r.id)).toContain(id);
    } finally {
      await app.api.patch('/api/tenant/settings', { stalledWeeks: 6 }, admin);
    }
  });

  it('a leaving coach’s caseload is handed over with the history kept', async () => {
    const coach2 = await app.api.login('coach2@norrtalje.example');
    const a = await newLearner({}, coach2);
    const b = await newLearner({}, coach2);
    expect((await app.api.post('/api/learners/handover', { fromCoachId: DEMO.norrtalje.coach2, toCoachId: DEMO.norrtalje.admin }, admin)).body.code).toBe('COACH_UNKNOWN');
    expect((await app.api.post('/api/learners/handover', { fromCoachId: DEMO.norrtalje.coach2, toCoachId: DEMO.norrtalje.coach }, coach)).status).toBe(403);
    const r = await app.api.post('/api/learners/handover', { fromCoachId: DEMO.norrtalje.coach2, toCoachId: DEMO.norrtalje.coach, reason: 'Sara slutar' }, admin);
    expect(r.status).toBe(200);
    expect(r.body.moved).toBeGreaterThanOrEqual(2);
    const mine = (await app.api.get('/api/learners?coach=me&q=Testsson&limit=100', coach)).body.items.map((x: { id: string }) => x.id);
    expect(mine).toEqual(expect.arrayContaining([a, b]));
    const history = (await app.api.get(`/api/learners/${a}/coach-history`, coach)).body;
    expect(history.map((h: { fromName: string | null; toName: string }) => [h.fromName, h.toName])).toEqual([[null, 'Sara Nilsson'], ['Sara Nilsson', 'Johan Ekström']]);
  });
});

describe('consent and the learner’s rights', () => {
  it('consent per purpose with text version and language; withdrawing takes effect at once and tells the matching (hook)', async () => {
    const id = await newLearner();
    const newcomer = await asNewcomer(id);
    const events: LearnerEvent[] = [];
    const unsubscribe = app.nest.get(LearnerEvents).subscribe(async (event) => void events.push(event));
    try {
      const given = await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'share_with_employers', given: true, language: 'ar' }, newcomer);
      expect(given.status).toBe(200);
      expect(given.body.find((c: { purpose: string }) => c.purpose === 'share_with_employers')).toMatchObject({ given: true, language: 'ar', textVersion: expect.any(String), recordedByRole: 'newcomer' });
      expect((await app.api.get(`/api/learners?q=${encodeURIComponent('Hawa')}&limit=100`, coach)).body.items.find((r: { id: string }) => r.id === id).sharesWithEmployers).toBe(true);
      const withdrawn = await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'share_with_employers', given: false, language: 'ar' }, newcomer);
      expect(withdrawn.body.find((c: { purpose: string }) => c.purpose === 'share_with_employers').given).toBe(false);
      expect(events).toEqual([{ type: 'share-withdrawn', learnerId: id, tenantCode: '0188' }]);
      const overview = (await app.api.get(`/api/learners/${id}/privacy/consents`, coach)).body;
      expect(overview.history).toHaveLength(2);
      expect((await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'statistics', given: true, language: 'sv' }, newcomer)).status).toBe(400);
    } finally {
      unsubscribe();
    }
  });

  it('the learner downloads all their data; erasure is an admin’s decision and leaves nothing personal but keeps the statistics', async () => {
    const id = await newLearner({ firstName: 'Zainabtest', email: 'zainab.erase@example.org', phone: '0709988776', birthYear: 1985, gender: 'female' });
    await app.api.post(`/api/learners/${id}/establishment`, { residencePermitDate: daysAgo(900), programmeStart: daysAgo(870), exitDate: daysAgo(200), exitReason: 'work', status90Days: 'work' }, coach);
    await app.api.post(`/api/learners/${id}/sfi-courses`, { course: 'D', startDate: daysAgo(600), endDate: daysAgo(400), result: 'B' }, coach);
    await app.api.put(`/api/learners/${id}/plan`, { goalText: 'Bli kock' }, coach);
    await app.api.post(`/api/learners/${id}/plan/follow-ups`, { heldOn: daysAgo(1), attendance: 'attended', notes: 'Zainabtest mår bra' }, coach);
    const newcomer = await asNewcomer(id);
    await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'receive_email', given: true, language: 'sv' }, newcomer);

    const exported = await app.api.get(`/api/learners/${id}/privacy/export`, newcomer);
    expect(exported.status).toBe(200);
    expect(exported.body.profile).toMatchObject({ firstName: 'Zainabtest', email: 'zainab.erase@example.org' });
    expect(exported.body.plan.followUps[0].notes).toBe('Zainabtest mår bra');
    expect(exported.body.consents.states.find((c: { purpose: string }) => c.purpose === 'receive_email').given).toBe(true);

    const statsBefore = (await app.api.get('/api/learners/statistics', admin)).body;
    const requested = await app.api.post(`/api/learners/${id}/privacy/erasure-request`, { text: 'Jag, Zainabtest, vill att ni tar bort allt.' }, newcomer);
    expect(requested.status).toBe(201);
    expect((await app.api.post(`/api/learners/${id}/privacy/erasure-request`, {}, newcomer)).status).toBe(409);
    expect((await app.api.get(`/api/learners/${id}/privacy/erasure-requests`, newcomer)).body).toEqual([expect.objectContaining({ status: 'requested', decidedAt: null })]);
    // A coach cannot decide; the reason is required.
    expect((await app.api.post(`/api/learners/erasure-requests/${requested.body.id}/decision`, { approve: true, reason: 'Begäran från eleven' }, coach)).status).toBe(403);
    expect((await app.api.post(`/api/learners/erasure-requests/${requested.body.id}/decision`, { approve: true }, admin)).status).toBe(400);
    const decided = await app.api.post(`/api/learners/erasure-requests/${requested.body.id}/decision`, { approve: true, reason: 'Ingen lagringsplikt gäller längre' }, admin);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', learnerId: null, learnerName: null, requestText: null });

    // The search outbox removes the learner from the candidate index; then nothing is left anywhere.
    await flushSearch(app);
    const indexed = await app.nest.get(SearchIndex).index('candidates').getDocuments({ filter: `id = '${id}'` });
    expect(indexed.results).toHaveLength(0);
    // Nothing personal is left anywhere in the database.
    const tables = await app.sql<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    for (const { table_name } of tables) {
      const hits = await app.sql(`SELECT 1 FROM "${table_name}" t WHERE t::text ILIKE ANY($1::text[]) LIMIT 1`, [['%Zainabtest%', '%zainab.erase%', '%0709988776%', `%${id}%`]]);
      if (table_name === 'audit_event') continue; // holds the (now meaningless) id of the erased row, nothing personal
      expect([table_name, hits.length]).toEqual([table_name, 0]);
    }
    const audit = await app.sql(`SELECT 1 FROM audit_event a WHERE a::text ILIKE ANY($1::text[])`, [['%Zainabtest%', '%zainab.erase%', '%0709988776%']]);
    expect(audit).toHaveLength(0);
    expect((await app.api.get(`/api/learners/${id}`, coach)).status).toBe(404);
    expect((await app.api.post('/api/auth/login', { email: 'learner2@norrtalje.example', password: 'jobbrygga-demo' })).status).toBe(401);
    // The board's figures do not change.
    expect((await app.api.get('/api/learners/statistics', admin)).body).toEqual(statsBefore);
    expect((await app.api.post(`/api/learners/erasure-requests/${requested.body.id}/decision`, { approve: false, reason: 'Ändrat beslut' }, admin)).status).toBe(409);
  });
});
