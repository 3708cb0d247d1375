import { DataSource } from 'typeorm';
import { SFI_PATH_COURSES, sfiPassed, type SfiCourse, type SfiResult, type SfiStudyPath } from '@jobbrygga/domain';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { DEMO } from '../../apps/api/src/seed/demo-data';
import { DEMO_LEARNER_ID, DEMO_LEARNERS, seedDemoLearners } from '../../apps/api/src/seed/demo-learners';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The Step-3 demo learners, as the template database has them (global setup seeds them once) and
 * as the API shows them to the demo newcomer and the coaches.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** Today in Sweden: the seed lays dates out from the UTC day, which is never later. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const NORRTALJE = DEMO_LEARNERS.norrtalje.code;
const SOLLENTUNA = DEMO_LEARNERS.sollentuna.code;
const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);

describe('the demo learners in the database', () => {
  it('gives Norrtälje about 200 learners and Sollentuna about 10', async () => {
    const rows = await app.sql<{ tenant_code: string; n: string }>(`SELECT tenant_code, count(*) AS n FROM learner GROUP BY 1`);
    const by = Object.fromEntries(rows.map((r) => [r.tenant_code, Number(r.n)]));
    expect(by[NORRTALJE]).toBeGreaterThanOrEqual(180);
    expect(by[NORRTALJE]).toBeLessThanOrEqual(220);
    expect(by[SOLLENTUNA]).toBeGreaterThanOrEqual(8);
    expect(by[SOLLENTUNA]).toBeLessThanOrEqual(15);
  });

  it('has both priority groups: higher education with work experience, and women with short or no schooling', async () => {
    const higher = await count(
      `SELECT count(*) AS n FROM learner l WHERE l.tenant_code = $1 AND l.sfi_study_path = 3
         AND EXISTS (SELECT 1 FROM learner_education e WHERE e.learner_id = l.id AND left(e.sun_level, 1) IN ('5', '6'))
         AND EXISTS (SELECT 1 FROM learner_experience x WHERE x.learner_id = l.id AND x.years >= 5)`,
      [NORRTALJE],
    );
    const shortSchooling = await count(
      `SELECT count(*) AS n FROM learner l WHERE l.tenant_code = $1 AND l.gender = 'female' AND l.sfi_study_path = 1
         AND EXISTS (SELECT 1 FROM learner_education e WHERE e.learner_id = l.id)
         AND NOT EXISTS (SELECT 1 FROM learner_education e WHERE e.learner_id = l.id AND left(e.sun_level, 1) > '2')`,
      [NORRTALJE],
    );
    expect(higher).toBeGreaterThanOrEqual(30);
    expect(shortSchooling).toBeGreaterThanOrEqual(30);
    // The long path: most of these women have no previous occupation, or one.
    const occupations = await app.sql<{ n: string }>(
      `SELECT (SELECT count(*) FROM learner_experience x WHERE x.learner_id = l.id) AS n FROM learner l
        WHERE l.tenant_code = $1 AND l.gender = 'female' AND l.sfi_study_path = 1
          AND NOT EXISTS (SELECT 1 FROM learner_education e WHERE e.learner_id = l.id AND left(e.sun_level, 1) > '2')`,
      [NORRTALJE],
    );
    expect(occupations.filter((r) => Number(r.n) <= 1).length).toBeGreaterThanOrEqual(occupations.length * 0.8);
    expect(occupations.filter((r) => Number(r.n) === 0).length).toBeGreaterThanOrEqual(occupations.length / 3);
  });

  it('spreads gender and age, and protects a few identities', async () => {
    const genders = Object.fromEntries(
      (await app.sql<{ gender: string; n: string }>(`SELECT gender, count(*) AS n FROM learner WHERE tenant_code = $1 GROUP BY 1`, [NORRTALJE])).map((r) => [r.gender, Number(r.n)]),
    );
    expect(genders.female).toBeGreaterThanOrEqual(60);
    expect(genders.male).toBeGreaterThanOrEqual(60);
    expect((genders.other ?? 0) + (genders.unknown ?? 0)).toBeGreaterThanOrEqual(1);
    const year = Number(today.slice(0, 4));
    const [ages] = await app.sql<{ min: number; max: number }>(`SELECT min($1 - birth_year) AS min, max($1 - birth_year) AS max FROM learner`, [year]);
    expect(ages.min).toBeGreaterThanOrEqual(18);
    expect(ages.max).toBeLessThanOrEqual(64);
    const protectedCount = await count(`SELECT count(*) AS n FROM learner WHERE tenant_code = $1 AND protected_identity`, [NORRTALJE]);
    expect(protectedCount).toBeGreaterThanOrEqual(2);
    expect(protectedCount).toBeLessThanOrEqual(5);
  });

  it('has SFI histories that follow the study path: in order, passed before the next course, one course going on at most', async () => {
    const rows = await app.sql<{ learner_id: string; path: SfiStudyPath; course: SfiCourse; start: string; end: string | null; result: SfiResult }>(
      `SELECT s.learner_id, l.sfi_study_path AS path, s.course, to_char(s.start_date, 'YYYY-MM-DD') AS start, to_char(s.end_date, 'YYYY-MM-DD') AS "end", s.result
         FROM learner_sfi_course s JOIN learner l ON l.id = s.learner_id ORDER BY s.learner_id, s.start_date`,
    );
    expect(rows.length).toBeGreaterThan(300);
    const byLearner = new Map<string, typeof rows>();
    for (const r of rows) byLearner.set(r.learner_id, [...(byLearner.get(r.learner_id) ?? []), r]);
    const problems: string[] = [];
    for (const [learner, list] of byLearner) {
      const courses = SFI_PATH_COURSES[list[0].path];
      if (!courses) problems.push(`${learner}: courses without a study path`);
      list.forEach((c, i) => {
        if (c.end && c.end < c.start) problems.push(`${learner}: ${c.course} ends before it starts`);
        if (i > 0 && list[i - 1].end && c.start < list[i - 1].end!) problems.push(`${learner}: ${c.course} starts before the course before it ended`);
        if (c.result === 'continuing' && (c.end || i !== list.length - 1)) problems.push(`${learner}: ${c.course} continuing but not the last`);
        if (c.result !== 'continuing' && !c.end) problems.push(`${learner}: ${c.course} has no end`);
        const at = courses?.indexOf(c.course) ?? -1;
        if (at < 0) problems.push(`${learner}: ${c.course} is not on study path ${c.path}`);
        if (at > 0 && !list.slice(0, i).some((p) => p.course === courses[at - 1] && sfiPassed(p.result))) problems.push(`${learner}: ${c.course} without passing ${courses[at - 1]}`);
      });
    }
    expect(problems).toEqual([]);
    // Results of every kind occur: passed, failed, dropped and going on.
    expect(new Set(rows.map((r) => (sfiPassed(r.result) ? 'passed' : r.result)))).toEqual(new Set(['passed', 'F', 'dropped', 'continuing']));
  });

  it('puts no date in the future where it cannot be', async () => {
    const checks = await app.sql<{ what: string; n: string }>(
      `SELECT 'permit' AS what, count(*) AS n FROM learner_establishment WHERE residence_permit_date > $1::date
       UNION ALL SELECT 'programme start', count(*) FROM learner_establishment WHERE programme_start > $1::date
       UNION ALL SELECT 'programme start before permit', count(*) FROM learner_establishment WHERE programme_start < residence_permit_date
       UNION ALL SELECT 'exit', count(*) FROM learner_establishment WHERE exit_date > $1::date
       UNION ALL SELECT 'status 90 days too early', count(*) FROM learner_establishment WHERE status_90_days IS NOT NULL AND exit_date > $1::date - 90
       UNION ALL SELECT 'sfi start', count(*) FROM learner_sfi_course WHERE start_date > $1::date
       UNION ALL SELECT 'sfi end', count(*) FROM learner_sfi_course WHERE end_date > $1::date
       UNION ALL SELECT 'plan start', count(*) FROM career_plan WHERE start_date > $1::date
       UNION ALL SELECT 'review', count(*) FROM career_plan WHERE review_held_on > $1::date OR review_held_on < start_date
       UNION ALL SELECT 'follow-up', count(*) FROM follow_up WHERE held_on > $1::date
       UNION ALL SELECT 'step status change', count(*) FROM plan_step WHERE status_changed_on > $1::date
       UNION ALL SELECT 'step going on before its start', count(*) FROM plan_step WHERE status IN ('ongoing', 'done') AND start_date > $1::date
       UNION ALL SELECT 'step done before its end', count(*) FROM plan_step WHERE status = 'done' AND end_date > $1::date
       UNION ALL SELECT 'consent', count(*) FROM learner_consent WHERE recorded_at > now()
       UNION ALL SELECT 'coach change', count(*) FROM learner_coach_change WHERE changed_at > now()
       UNION ALL SELECT 'registered', count(*) FROM learner WHERE created_at > now()`,
      [today],
    );
    expect(checks.filter((c) => Number(c.n) > 0)).toEqual([]);
    // Some left the programme long enough ago to know what they did 90 days later.
    expect(await count(`SELECT count(*) AS n FROM learner_establishment WHERE status_90_days IS NOT NULL`)).toBeGreaterThan(10);
  });

  it('records a "created" coach change for every learner, consent for most, and a few withdrawals', async () => {
    expect(await count(`SELECT count(*) AS n FROM learner l WHERE (SELECT count(*) FROM learner_coach_change c WHERE c.learner_id = l.id AND c.reason = 'created') <> 1`)).toBe(0);
    const sharing = await app.sql<{ given: boolean | null }>(
      `SELECT (SELECT given FROM learner_consent c WHERE c.learner_id = l.id AND c.purpose = 'share_with_employers' ORDER BY recorded_at DESC, id DESC LIMIT 1) AS given
         FROM learner l WHERE l.tenant_code = $1`,
      [NORRTALJE],
    );
    expect(sharing.filter((s) => s.given).length).toBeGreaterThan(sharing.length * 0.7);
    expect(sharing.filter((s) => s.given === false).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the demo newcomer sees their own profile and plan', () => {
  it('GET /api/learners/me: the full competence mapping, with who entered what', async () => {
    const token = await app.api.login('learner@norrtalje.example');
    const r = await app.api.get('/api/learners/me', token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: DEMO_LEARNER_ID, hasAccount: true, hidden: false, coach: { id: DEMO.norrtalje.coach } });
    expect(r.body.homePlaceLabel).toBeTruthy();
    expect(r.body.sfiStudyPath).toBeTruthy();
    expect(r.body.currentSfiCourse).toBeTruthy();
    for (const section of ['establishment', 'education', 'experience', 'skills', 'languages', 'sfiCourses'] as const) {
      expect({ section, items: r.body[section].length > 0 }).toEqual({ section, items: true });
      for (const item of r.body[section]) {
        expect(['self_reported', 'verified']).toContain(item.verification);
        expect(item.enteredByRole).toBe('coach');
        expect(item.enteredByName).toBeTruthy();
      }
    }
    expect(r.body.languages.some((l: { level: string }) => l.level === 'native')).toBe(true);
    expect(r.body.education[0].sunLevelLabel).toBeTruthy();
    expect(r.body.experience[0].ssykLabel).toBeTruthy();
    expect(r.body.interestFields.length).toBeGreaterThan(0);
    expect(r.body.consents.find((c: { purpose: string }) => c.purpose === 'share_with_employers')).toMatchObject({ given: true, recordedByRole: 'coach' });
  });

  it('GET /api/learners/{id}/plan: goals, ordered steps and follow-ups; nobody else’s account reaches it', async () => {
    const token = await app.api.login('learner@norrtalje.example');
    const r = await app.api.get(`/api/learners/${DEMO_LEARNER_ID}/plan`, token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ exists: true, stalled: false });
    expect(r.body.goalSsyk.length).toBeGreaterThan(0);
    expect(r.body.goalSsyk[0].label).toBeTruthy();
    expect(r.body.startDate <= today).toBe(true);
    expect(r.body.steps.map((s: { position: number }) => s.position)).toEqual(r.body.steps.map((_: unknown, i: number) => i));
    expect(r.body.steps.some((s: { status: string }) => s.status === 'done')).toBe(true);
    expect(r.body.steps.some((s: { status: string }) => s.status === 'planned')).toBe(true);
    expect(r.body.followUps.length).toBeGreaterThan(0);
    expect(r.body.followUps.every((f: { heldOn: string }) => f.heldOn <= today)).toBe(true);

    const other = await app.api.login('learner2@norrtalje.example');
    expect((await app.api.get(`/api/learners/${DEMO_LEARNER_ID}/plan`, other)).status).toBe(404);
    expect((await app.api.get(`/api/learners/${DEMO_LEARNER_ID}`, other)).status).toBe(404);
  });
});

describe('coaches see the demo learners of their own municipality only', () => {
  it('the coach’s caseload has learners with plans, stalled ones first, and review-due ones in the municipality', async () => {
    const coach = await app.api.login('coach@norrtalje.example');
    const r = await app.api.get('/api/learners?coach=me&limit=200', coach);
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThanOrEqual(50);
    expect(r.body.items.every((row: { coachId: string }) => row.coachId === DEMO.norrtalje.coach)).toBe(true);
    const stalled = r.body.items.filter((row: { stalled: boolean }) => row.stalled);
    expect(stalled.length).toBeGreaterThanOrEqual(2);
    expect(r.body.items.slice(0, stalled.length).every((row: { stalled: boolean }) => row.stalled)).toBe(true);
    expect(r.body.items.some((row: { hasPlan: boolean; nextStep: unknown }) => row.hasPlan && row.nextStep)).toBe(true);
    expect(r.body.items.some((row: { hasPlan: boolean }) => !row.hasPlan)).toBe(true);
    expect(r.body.items.some((row: { sharesWithEmployers: boolean }) => row.sharesWithEmployers)).toBe(true);

    // The filter and the plan agree with the caseload's flag.
    const onlyStalled = await app.api.get('/api/learners?coach=me&stalled=true&limit=200', coach);
    expect(onlyStalled.body.total).toBe(stalled.length);
    const plan = await app.api.get(`/api/learners/${stalled[0].id}/plan`, coach);
    expect(plan.body).toMatchObject({ exists: true, stalled: true });

    const due = await app.api.get('/api/learners?reviewDue=true&limit=200', coach);
    expect(due.body.total).toBeGreaterThanOrEqual(1);
    const duePlan = await app.api.get(`/api/learners/${due.body.items[0].id}/plan`, coach);
    expect(duePlan.body).toMatchObject({ exists: true, reviewDue: true, reviewHeldOn: null });
  });

  it('a Sollentuna coach gets 404 for a Norrtälje learner and sees only Sollentuna learners', async () => {
    const own = await app.api.login('coach@norrtalje.example');
    const norrtalje = (await app.api.get('/api/learners?limit=5', own)).body.items.map((row: { id: string }) => row.id);
    expect(norrtalje.length).toBe(5);
    const other = await app.api.login('coach@sollentuna.example');
    for (const id of [DEMO_LEARNER_ID, ...norrtalje]) {
      expect((await app.api.get(`/api/learners/${id}`, other)).status).toBe(404);
      expect((await app.api.get(`/api/learners/${id}/plan`, other)).status).toBe(404);
    }
    const theirs = await app.api.get('/api/learners?limit=200', other);
    expect(theirs.status).toBe(200);
    expect(theirs.body.total).toBeGreaterThanOrEqual(8);
    const ids = theirs.body.items.map((row: { id: string }) => row.id);
    expect(ids.filter((id: string) => norrtalje.includes(id) || id === DEMO_LEARNER_ID)).toEqual([]);
    const tenants = await app.sql<{ tenant_code: string }>(`SELECT DISTINCT tenant_code FROM learner WHERE id = ANY($1::uuid[])`, [ids]);
    expect(tenants.map((t) => t.tenant_code)).toEqual([SOLLENTUNA]);
  });
});

describe('loading again', () => {
  it('changes nothing: rows that exist, and what users changed, stay as they are', async () => {
    const tables = ['learner', 'learner_education', 'learner_sfi_course', 'career_plan', 'plan_step', 'follow_up', 'learner_consent', 'learner_coach_change'];
    const counts = async () => {
      const n: number[] = [];
      for (const t of tables) n.push(await count(`SELECT count(*) AS n FROM ${t}`));
      return n;
    };
    await app.sql(`UPDATE learner SET first_name = 'Ändrad' WHERE id = $1`, [DEMO_LEARNER_ID]);
    const before = await counts();
    const ds = new DataSource(dataSourceOptions(app.databaseUrl));
    await ds.initialize();
    const logged: string[] = [];
    try {
      await seedDemoLearners(ds, today, (msg) => logged.push(msg));
    } finally {
      await ds.destroy();
    }
    expect(await counts()).toEqual(before);
    expect(logged).toContain('demo learners already loaded');
    expect((await app.sql<{ first_name: string }>(`SELECT first_name FROM learner WHERE id = $1`, [DEMO_LEARNER_ID]))[0].first_name).toBe('Ändrad');
  });
});
