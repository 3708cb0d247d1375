import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { Dashboard, GenderCounts, ReportTable, TargetProgress } from '@jobbrygga/domain';
import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { inDays, praktikBody, REF } from '../support/placements';

/**
 * Step 5: a known history built through the public API in Sollentuna (whose demo rows are cleared
 * first, in this test's own database), then every figure on the dashboard, in the targets and in
 * the CSV/XLSX checked against it.
 *
 * The history (all within the report period [today − 150 days, today]):
 * - 12 learners: W1–W6 women, M1–M5 men, U1 gender unknown; all registered today.
 * - Proposed today: W1–W6 to placement A, M1–M5 and U1 to placement B (both praktik at the
 *   municipality's own organisation). U1 declines; the other 11 accept, are accepted, interviewed,
 *   agree and start today.
 * - W1–W5 and M1–M5 complete, W6 aborts. 91 days later the outcomes: W1–W5 work, M1 studies, the
 *   other five neither.
 * - Establishment programme left 120 days ago: W1–W5 work, W6 studies, M1–M5 work and studies.
 * - SFI: course C, started two years and 140 days ago: W1–W5 passed, W6 dropped (after passing B), M1–M5 continuing.
 */
let app: TestApp;
let admin: string;
let coach: string;
let employer: string;
let newcomer: string;
const FROM = inDays(-150);
const TO = inDays(0);
const learners: Record<string, string> = {};
const placements: string[] = [];

const S = DEMO.sollentuna;
const cells = (women: number | null, men: number | null, otherUnknown: number | null, total: number | null): GenderCounts => ({ women, men, otherUnknown, total });
const act = (id: string, action: string, token: string, extra: Record<string, unknown> = {}) => app.api.post(`/api/referrals/${id}/actions`, { action, ...extra }, token);

async function relink(learnerId: string): Promise<string> {
  await app.sql(`UPDATE learner SET user_id = NULL WHERE user_id = $1`, [S.learner]);
  await app.sql(`UPDATE learner SET user_id = $1 WHERE id = $2`, [S.learner, learnerId]);
  return app.api.login('learner@sollentuna.example');
}

/** The body of a successful answer (2xx); anything else fails the setup with what the API said. */
async function ok<T = Record<string, unknown>>(p: Promise<{ status: number; body: unknown }>, status?: number): Promise<T> {
  const r = await p;
  if (status ? r.status !== status : r.status < 200 || r.status > 299) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

beforeAll(async () => {
  app = await startTestApp();
  // A clean municipality: the demo's Sollentuna rows go (this test file has its own database).
  await app.sql(`DELETE FROM referral WHERE tenant_code = '0163'`);
  await app.sql(`DELETE FROM learner WHERE tenant_code = '0163'`);
  await app.sql(`DELETE FROM anonymised_learner WHERE tenant_code = '0163'`);
  await app.sql(`DELETE FROM report_target WHERE tenant_code = '0163'`);
  await app.sql(`UPDATE placement SET status = 'draft' WHERE tenant_code = '0163'`);
  await app.sql(`UPDATE employer SET municipal_own = true, sector = 'public' WHERE id = $1`, [S.employerOrg]);

  admin = await app.api.login('admin@sollentuna.example');
  coach = await app.api.login('coach@sollentuna.example');
  employer = await app.api.login('employer@sollentuna.example');

  const site = await ok<{ id: string }>(app.api.post(`/api/employers/${S.employerOrg}/sites`, { name: 'Sollentuna vård- och omsorgsboende', streetAddress: 'Turebergs allé 2', postalCode: '191 47', placeId: REF.sollentuna }, employer), 201);
  for (const name of ['Anna Handledare', 'Bo Handledare']) {
    const sup = await ok<{ id: string }>(app.api.post(`/api/employers/${S.employerOrg}/supervisors`, { name, languages: [REF.arabic], capacity: 10, trained: true }, employer), 201);
    const p = await ok<{ id: string }>(app.api.post('/api/placements', { ...praktikBody(site.id, sup.id), title: `Praktik i omsorgen (${name})`, seats: 6, status: 'open' }, employer), 201);
    placements.push(p.id);
  }

  const people: [string, string][] = [
    ...[1, 2, 3, 4, 5, 6].map((i) => [`W${i}`, 'female'] as [string, string]),
    ...[1, 2, 3, 4, 5].map((i) => [`M${i}`, 'male'] as [string, string]),
    ['U1', 'unknown'],
  ];
  const sfiStart = inDays(-150 - 730 + 10);
  for (const [key, gender] of people) {
    const l = await ok<{ id: string }>(app.api.post('/api/learners', {
      firstName: key, lastName: 'Rapportsson', birthYear: 1988, gender, homePlaceId: REF.sollentuna, hoursPerWeek: 30, sfiLessonTime: 'afternoon', travelMinutes: 45,
    }, coach), 201);
    learners[key] = l.id;
    const w = key.startsWith('W') ? Number(key.slice(1)) : 0;
    const sfi = key === 'U1' ? null
      : w >= 1 && w <= 5 ? { course: 'C', startDate: sfiStart, endDate: inDays(-150 - 730 + 200), result: 'C' }
        : w === 6 ? { course: 'C', startDate: sfiStart, endDate: inDays(-150 - 730 + 100), result: 'dropped' }
          : { course: 'C', startDate: sfiStart, result: 'continuing' };
    if (sfi) await ok(app.api.post(`/api/learners/${l.id}/sfi-courses`, sfi, coach), 201);
    // W6 passed B before dropping C: placements need B, and her highest course is still C.
    if (w === 6) await ok(app.api.post(`/api/learners/${l.id}/sfi-courses`, { course: 'B', startDate: sfiStart, endDate: inDays(-150 - 730 + 60), result: 'B' }, coach), 201);
    else await ok(app.api.post(`/api/learners/${l.id}/sfi-courses`, { course: 'C', startDate: inDays(-60), result: 'continuing' }, coach), 201);
    if (key !== 'U1') {
      const status = w >= 1 && w <= 5 ? 'work' : w === 6 ? 'studies' : 'work_and_studies';
      await ok(app.api.post(`/api/learners/${l.id}/establishment`, { programmeStart: inDays(-800), exitDate: inDays(-120), exitReason: 'other', status90Days: status }, coach), 201);
    }
    await ok(app.api.post(`/api/learners/${l.id}/languages`, { languageId: REF.arabic, level: 'native' }, coach), 201);
    await ok(app.api.post(`/api/learners/${l.id}/privacy/consents`, { purpose: 'share_with_employers', given: true, language: 'sv' }, coach));
  }

  // The pipeline, through the API, each step by the role that takes it.
  const referrals: Record<string, string> = {};
  for (const [key] of people) {
    const placementId = key.startsWith('W') ? placements[0] : placements[1];
    const r = await ok<{ id: string }>(app.api.post('/api/referrals', { placementId, learnerId: learners[key] }, coach), 201);
    referrals[key] = r.id;
    newcomer = await relink(learners[key]);
    if (key === 'U1') {
      await ok(act(r.id, 'learner_decline', newcomer, { note: 'Passar inte mig' }));
      continue;
    }
    await ok(act(r.id, 'learner_accept', newcomer));
    await ok(act(r.id, 'employer_accept', employer));
    await ok(act(r.id, 'book_interview', employer, { interviewAt: new Date(Date.now() + 3_600_000).toISOString(), interviewPlace: 'Turebergs allé 2' }));
    await ok(act(r.id, 'propose_agreement', coach, { startDate: inDays(30), endDate: inDays(85), hoursPerWeek: 20, tasks: 'Måltider och promenader' }));
    for (const token of [employer, newcomer, coach]) await ok(act(r.id, 'confirm_agreement', token));
    await ok(act(r.id, 'start', coach));
    await ok(act(r.id, 'end', coach, key === 'W6' ? { endKind: 'aborted', note: 'Flyttade' } : { endKind: 'completed' }));
  }
  await ok(app.api.post('/api/dev/clock', { advanceSeconds: 91 * 86400 }, admin));
  try {
    for (const [key] of people) {
      if (key === 'U1') continue;
      const outcome = ['W1', 'W2', 'W3', 'W4', 'W5'].includes(key) ? 'work' : key === 'M1' ? 'studies' : 'neither';
      await ok(act(referrals[key], 'record_outcome', coach, { outcome }));
    }
  } finally {
    await app.api.post('/api/dev/clock', { reset: true }, admin);
  }
  newcomer = await relink(learners.W1);
});
afterAll(() => app?.stop());

async function dashboard(token = coach, query = `from=${FROM}&to=${TO}`): Promise<Dashboard> {
  return ok<Dashboard>(app.api.get(`/api/reports/dashboard?${query}`, token));
}
const table = (d: Dashboard, id: ReportTable['id']) => d.tables.find((t) => t.id === id)!;
const row = (t: ReportTable, key: string) => t.rows.find((r) => r.key === key)!;

describe('the dashboard, from a known history', () => {
  it('placements started, by type, sector and month, split by gender', async () => {
    const d = await dashboard();
    expect(d.period).toEqual({ from: FROM, to: TO });
    expect(d.suppressBelow).toBe(5);
    const byType = table(d, 'byType');
    expect(byType.rows).toEqual([{ key: 'praktik', label: 'Praktik', cells: cells(6, 5, 0, 11) }]);
    expect(byType.total).toEqual(cells(6, 5, 0, 11));
    expect(table(d, 'bySector').rows).toEqual([{ key: 'public', label: expect.any(String), cells: cells(6, 5, 0, 11) }]);
    const byMonth = table(d, 'byMonth');
    expect(byMonth.rows.map((r) => r.key)).toEqual(expect.arrayContaining([FROM.slice(0, 7), TO.slice(0, 7)]));
    expect(row(byMonth, TO.slice(0, 7)).cells).toEqual(cells(6, 5, 0, 11));
    expect(byMonth.rows.filter((r) => r.key !== TO.slice(0, 7)).every((r) => r.cells.total === 0)).toBe(true);
    expect(row(table(d, 'byOccupationField'), 'NYW6_mP6_vwf').cells).toEqual(cells(6, 5, 0, 11));
  });

  it('pipeline conversion counts people once per stage; a lone person in a column is hidden with a second cell', async () => {
    const p = table(await dashboard(), 'pipeline');
    expect(p.rows.map((r) => r.key)).toEqual(['proposed', 'learner_accepted', 'started', 'completed', 'work_after_90d']);
    // 6 women, 5 men, 1 unknown: the 1 is hidden, and so is the smaller other cell (men), or 1 = 12 − 6 − 5.
    expect(row(p, 'proposed').cells).toEqual(cells(6, null, null, 12));
    expect(row(p, 'learner_accepted').cells).toEqual(cells(6, 5, 0, 11));
    expect(row(p, 'started').cells).toEqual(cells(6, 5, 0, 11));
    expect(row(p, 'completed').cells).toEqual(cells(5, 5, 0, 10));
    expect(row(p, 'work_after_90d').cells).toEqual(cells(5, 0, 0, 5));
    expect(p.rows.map((r) => r.shares?.total ?? null)).toEqual([null, 91.7, 100, 90.9, 50]);
  });

  it('time to first placement: median days from registration, per gender, only for five or more', async () => {
    const t = table(await dashboard(), 'timeToFirstPlacement');
    expect(t.rows[0].cells).toEqual(cells(6, 5, 0, 11));
    expect(t.rows[0].medians).toEqual(cells(0, 0, null, 0));
  });

  it('SFI progress two years after the first course, with complementary suppression across rows and columns', async () => {
    const t = table(await dashboard(), 'sfiProgress');
    // True figures: passed 5/0/0, continuing 0/5/0, dropped 1/0/0. The dropped woman is hidden, so is the
    // passed women's cell (else 6 − 5 gives her away), and so then is the passed total.
    expect(row(t, 'passed').cells).toEqual(cells(null, 0, 0, null));
    expect(row(t, 'continuing').cells).toEqual(cells(0, 5, 0, 5));
    expect(row(t, 'dropped').cells).toEqual(cells(null, 0, 0, null));
    expect(t.total).toEqual(cells(6, 5, 0, 11));
  });

  it('Kolada-aligned: left the establishment programme, status after 90 days, named by KPI id', async () => {
    const d = await dashboard();
    const k = table(d, 'kolada');
    expect(k.kolada).toEqual(['N00971', 'N00972', 'N00973']);
    expect(row(k, 'left_programme').cells).toEqual(cells(6, 5, 0, 11));
    expect(row(k, 'N00971').cells).toEqual(cells(5, 5, 0, 10));
    // Studies: W6 and M1–M5 = 1 woman (hidden) and 5 men (hidden with her).
    expect(row(k, 'N00972').cells).toEqual(cells(null, null, 0, 6));
    expect(row(k, 'N00973').cells).toEqual(cells(6, 5, 0, 11));
    expect(row(k, 'N00973').shares).toEqual(cells(100, 100, null, 100));
    expect(row(k, 'N00971').label).not.toMatch(/^Lämnat etableringsuppdraget/);
  });

  it('the same figures in the caller’s language; a period with end before start or a bad date is a 400 and no report', async () => {
    const en = await ok<Dashboard>(app.api.get(`/api/reports/dashboard?from=${FROM}&to=${TO}`, coach, 'en'));
    expect(table(en, 'pipeline').rows[0].label).toMatch(/[Pp]roposed/);
    // Occupation fields in the caller's language too, not JobTech's Swedish.
    expect(row(table(en, 'byOccupationField'), 'NYW6_mP6_vwf').label).toBe('Health care');
    const ar = await ok<Dashboard>(app.api.get(`/api/reports/dashboard?from=${FROM}&to=${TO}`, coach, 'ar'));
    expect(row(table(ar, 'byOccupationField'), 'NYW6_mP6_vwf').label).toBe('الرعاية الصحية');
    const bad = await app.api.get(`/api/reports/dashboard?from=${TO}&to=${FROM}`, coach, 'en');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('DATES_OUT_OF_ORDER');
    expect((await app.api.get('/api/reports/dashboard?from=2026-02-30', coach)).status).toBe(400);
    expect((await app.api.get('/api/reports/dashboard?from=yesterday', coach)).status).toBe(400);
    expect((await app.api.get('/api/reports/export?format=docx', coach)).status).toBe(400);
  });
});

describe('targets', () => {
  const base = { owner: 'Kommunstyrelsen', baseline: 0, periodStart: FROM, periodEnd: TO };

  it('an admin sets targets; progress is computed from the data and moves as placements start', async () => {
    const started = await ok<{ id: string }>(app.api.post('/api/targets', { ...base, name: '25 introduktionsjobb', kind: 'placements_started', value: 25, filters: { placementTypes: ['praktik'], municipalOwn: true } }, admin), 201);
    const p = await ok<TargetProgress>(app.api.get(`/api/targets/${started.id}`, coach));
    expect(p).toMatchObject({ actual: 11, fraction: 0.44, byGender: cells(6, 5, 0, 11), target: { unit: 'count', historical: false } });
    expect(p.series.at(-1)).toMatchObject({ month: TO.slice(0, 7), value: 11 });
    // Only other employers: none of these.
    const others = await ok<{ id: string }>(app.api.post('/api/targets', { ...base, name: 'Hos andra arbetsgivare', kind: 'placements_started', value: 5, filters: { municipalOwn: false } }, admin), 201);
    expect((await ok<TargetProgress>(app.api.get(`/api/targets/${others.id}`, coach))).actual).toBe(0);

    const women = await ok<{ id: string }>(app.api.post('/api/targets', { ...base, name: 'Kvinnors andel', kind: 'women_share', baseline: 40, value: 60 }, admin), 201);
    expect(await ok<TargetProgress>(app.api.get(`/api/targets/${women.id}`, coach))).toMatchObject({ actual: 54.5, numerator: 6, denominator: 11 });
    const outcome = await ok<{ id: string }>(app.api.post('/api/targets', { ...base, name: 'Arbete eller studier', kind: 'work_or_studies_90d', value: 60 }, admin), 201);
    // W1–W5 work and M1 studies of the 11 with an outcome: 6 of 11, each person once.
    expect(await ok<TargetProgress>(app.api.get(`/api/targets/${outcome.id}`, coach))).toMatchObject({ actual: 54.5, numerator: 6, denominator: 11 });
    // Seats offered by the municipality's own organisations, start date in the period (drafts not counted).
    const seats = await ok<{ id: string }>(app.api.post('/api/targets', { ...base, periodEnd: inDays(60), name: 'Praktikplatser i egen regi', kind: 'own_praktik_places', value: 30 }, admin), 201);
    expect(await ok<TargetProgress>(app.api.get(`/api/targets/${seats.id}`, coach))).toMatchObject({ actual: 12, byGender: cells(null, null, null, 12) });

    // The list carries every current target with its progress; the dashboard carries those of its period.
    const list = await ok<{ items: TargetProgress[] }>(app.api.get('/api/targets', coach));
    expect(list.items.map((t) => t.target.id)).toEqual(expect.arrayContaining([started.id, women.id, outcome.id, seats.id]));
    const d = await dashboard();
    expect(d.targets.find((t) => t.target.id === started.id)?.actual).toBe(11);
  });

  it('behind its straight-line pace by more than the threshold: an alert; historical targets are marked', async () => {
    const behind = await ok<{ id: string }>(app.api.post('/api/targets', { ...base, periodEnd: inDays(150), name: 'Långt efter', kind: 'placements_started', value: 100 }, admin), 201);
    const p = await ok<TargetProgress>(app.api.get(`/api/targets/${behind.id}`, coach));
    // Half the period gone: 50 expected, 11 reached.
    expect(p.pace).toBe('behind');
    expect(p.expected).toBeCloseTo(50.2, 0);
    const d = await dashboard();
    expect(d.alerts).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'target_behind', targetId: behind.id })]));
    const old = await ok<{ id: string; historical: boolean }>(app.api.post('/api/targets', { ...base, periodStart: '2017-01-01', periodEnd: '2019-12-31', name: '25 instegsjobb 2017–2019', kind: 'placements_started', value: 25, filters: { placementTypes: ['instegsjobb'], municipalOwn: true } }, admin), 201);
    expect(old.historical).toBe(true);
    expect((await ok<{ items: TargetProgress[] }>(app.api.get('/api/targets', coach))).items.map((t) => t.target.id)).not.toContain(old.id);
    expect((await ok<{ items: TargetProgress[] }>(app.api.get('/api/targets?historical=include', coach))).items.map((t) => t.target.id)).toContain(old.id);
    expect(await ok<TargetProgress>(app.api.get(`/api/targets/${old.id}`, coach))).toMatchObject({ actual: 0, pace: 'ended_short' });
  });

  it('bad input is a 400 in the caller’s language and writes nothing', async () => {
    const count = async () => (await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM report_target`))[0].n;
    const before = await count();
    const good = { ...base, name: 'Mål', kind: 'placements_started', value: 10 };
    const endBefore = await app.api.post('/api/targets', { ...good, periodStart: TO, periodEnd: FROM }, admin, 'en');
    expect(endBefore.status).toBe(400);
    expect(endBefore.body.code).toBe('DATES_OUT_OF_ORDER');
    expect(endBefore.body.message).toMatch(/end date/);
    for (const body of [
      { ...good, kind: 'happiness' },
      { ...good, value: -1 },
      { ...good, baseline: -5 },
      { ...good, kind: 'women_share', value: 120 },
      { ...good, kind: 'women_share', filters: { municipalOwn: true } },
      { ...good, filters: { placementTypes: ['no_such_type'] } },
      { ...good, filters: { occupationField: 'nope' } },
      { ...good, periodEnd: '2026-13-01' },
      { ...good, name: '' },
    ]) {
      const r = await app.api.post('/api/targets', body, admin);
      expect([r.status, body]).toEqual([400, body]);
      expect(r.body.message).toEqual(expect.any(String));
    }
    const id = (await ok<{ id: string }>(app.api.post('/api/targets', good, admin), 201)).id;
    expect((await app.api.patch(`/api/targets/${id}`, { periodEnd: '2000-01-01' }, admin)).status).toBe(400);
    expect((await app.api.patch(`/api/targets/${id}`, { value: 12, owner: 'Nämnden' }, admin)).body).toMatchObject({ value: 12, owner: 'Nämnden', periodEnd: TO });
    expect(await count()).toBe(before + 1);
    expect((await app.api.delete(`/api/targets/${id}`, admin)).status).toBe(204);
    expect(await count()).toBe(before);
  });
});

describe('rights', () => {
  it('newcomers see no reports or targets; employers only their own statistics; coaches read but do not set targets; other municipalities see nothing', async () => {
    for (const path of ['/api/reports/dashboard', '/api/reports/export?format=csv', '/api/targets', '/api/reports/employer']) {
      expect([path, (await app.api.get(path, newcomer)).status]).toEqual([path, 403]);
    }
    expect((await app.api.get('/api/reports/dashboard', employer)).status).toBe(403);
    expect((await app.api.get('/api/targets', employer)).status).toBe(403);
    expect((await app.api.post('/api/targets', { ...{ owner: 'x', baseline: 0, periodStart: FROM, periodEnd: TO }, name: 'x', kind: 'women_share', value: 50 }, coach)).status).toBe(403);
    const target = await ok<{ id: string }>(app.api.post('/api/targets', { owner: 'x', baseline: 0, periodStart: FROM, periodEnd: TO, name: 'Sollentunas', kind: 'women_share', value: 50 }, admin), 201);
    const norrtalje = await app.api.login('admin@norrtalje.example');
    expect((await app.api.get(`/api/targets/${target.id}`, norrtalje)).status).toBe(404);
    expect((await app.api.patch(`/api/targets/${target.id}`, { value: 1 }, norrtalje)).status).toBe(404);
    expect((await app.api.delete(`/api/targets/${target.id}`, norrtalje)).status).toBe(404);
    // Norrtälje's dashboard has none of Sollentuna's people.
    const theirs = await dashboard(norrtalje, `from=${FROM}&to=${TO}`);
    expect(theirs.targets.map((t) => t.target.id)).not.toContain(target.id);

    const own = await ok<{ placements: { id: string; proposed: number; interviewed: number; started: number; completed: number }[]; totals: Record<string, number> }>(
      app.api.get(`/api/reports/employer?from=${FROM}&to=${inDays(60)}`, employer),
    );
    expect(own.placements.map((p) => p.id).sort()).toEqual([...placements].sort());
    expect(own.totals).toMatchObject({ seats: 12, proposed: 11, interviewed: 11, started: 11, completed: 10 });
    expect(JSON.stringify(own)).not.toMatch(/women|gender|Rapportsson/);
    const csv = await app.api.raw('GET', `/api/reports/employer/export?format=csv&from=${FROM}&to=${inDays(60)}`, employer);
    expect(csv.status).toBe(200);
    expect(csv.body.toString('utf8').split('\r\n')).toEqual(expect.arrayContaining([';Totalt;;12;11;11;11;10;0']));
    expect((await app.api.get(`/api/reports/employer/export?format=xlsx`, employer)).status).toBe(400);
    expect((await app.api.get(`/api/reports/employer/export?format=csv&from=${TO}&to=${FROM}`, employer)).status).toBe(400);
    expect((await app.api.get('/api/reports/employer/export?format=csv', coach)).status).toBe(403);
    expect((await app.api.get('/api/reports/employer/export?format=csv', newcomer)).status).toBe(403);
    const other = await app.api.login('employer@norrtalje.example');
    expect((await ok<{ placements: { id: string }[] }>(app.api.get(`/api/reports/employer?from=${FROM}&to=${inDays(60)}`, other))).placements.map((p) => p.id)).not.toEqual(expect.arrayContaining([placements[0]]));
  });
});

describe('exports', () => {
  it('CSV: BOM, semicolons, the same figures, suppressed cells as ..', async () => {
    const r = await app.api.raw('GET', `/api/reports/export?format=csv&from=${FROM}&to=${TO}`, coach);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.csv"/);
    const text = r.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^praktik;Praktik;6;5;0;11/)]));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^proposed;[^;]+;6;\.\.;\.\.;12/)]));
    const one = (await app.api.raw('GET', `/api/reports/export?format=csv&table=kolada&from=${FROM}&to=${TO}`, coach)).body.toString('utf8');
    expect(one).toMatch(/N00973/);
    expect(one).not.toMatch(/^praktik;/m);
  });

  it('XLSX: one sheet per table with definitions, numbers as numbers; PDF: a real PDF', async () => {
    const r = await app.api.raw('GET', `/api/reports/export?format=xlsx&from=${FROM}&to=${TO}`, coach);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(10);
    const values: unknown[][] = [];
    wb.worksheets.forEach((ws) => ws.eachRow((rw) => values.push((rw.values as unknown[]).slice(1))));
    expect(values).toEqual(expect.arrayContaining([expect.arrayContaining(['praktik', 'Praktik', 6, 5, 0, 11])]));
    expect(values.flat().filter((v) => v === '..').length).toBeGreaterThan(0);
    const pdf = await app.api.raw('GET', `/api/reports/export?format=pdf&from=${FROM}&to=${TO}`, coach);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(5000);
  });
});

describe('the summaries follow every change (migration 510)', () => {
  const byType = async (query?: string) => table(await dashboard(coach, query), 'byType').rows.map((r) => [r.key, r.cells]);

  it('a learner’s gender, an employer’s sector and a placement’s occupation move the started figures at once', async () => {
    await ok(app.api.patch(`/api/learners/${learners.W1}`, { gender: 'male' }, coach));
    expect(await byType()).toEqual([['praktik', cells(5, 6, 0, 11)]]);
    await ok(app.api.patch(`/api/learners/${learners.W1}`, { gender: 'female' }, coach));
    expect(await byType()).toEqual([['praktik', cells(6, 5, 0, 11)]]);

    await ok(app.api.patch(`/api/employers/${S.employerOrg}`, { sector: 'non_profit' }, admin));
    expect(table(await dashboard(), 'bySector').rows.map((r) => [r.key, r.cells])).toEqual([['non_profit', cells(6, 5, 0, 11)]]);
    await ok(app.api.patch(`/api/employers/${S.employerOrg}`, { sector: 'public' }, admin));
    expect(table(await dashboard(), 'bySector').rows.map((r) => [r.key, r.cells])).toEqual([['public', cells(6, 5, 0, 11)]]);

    // The men's placement moves to an SSYK group of another occupation field (9412, restaurant and kitchen helpers).
    await ok(app.api.patch(`/api/placements/${placements[1]}`, { ssykCode: '9412', occupationNameId: null }, employer));
    const fields = table(await dashboard(), 'byOccupationField').rows;
    expect(fields.map((r) => r.cells.total).sort()).toEqual([5, 6]);
    expect(row(table(await dashboard(), 'byOccupationField'), 'NYW6_mP6_vwf').cells).toEqual(cells(6, 0, 0, 6));
    await ok(app.api.patch(`/api/placements/${placements[1]}`, { ssykCode: '5321', occupationNameId: REF.assistantNurseName }, employer));
    expect(row(table(await dashboard(), 'byOccupationField'), 'NYW6_mP6_vwf').cells).toEqual(cells(6, 5, 0, 11));
  });

  it('whole months (the month summary) and partial months (the day summary) give the same figures', async () => {
    const [y, m] = TO.split('-').map(Number);
    const first = `${TO.slice(0, 7)}-01`;
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    expect(await byType(`from=${first}&to=${last}`)).toEqual([['praktik', cells(6, 5, 0, 11)]]);
    expect(await byType(`from=${TO}&to=${TO}`)).toEqual([['praktik', cells(6, 5, 0, 11)]]);
    expect(await byType(`from=${inDays(-400)}&to=${inDays(-1)}`)).toEqual([]);
  });

  it('a change still being written is not lost: the report skips its month and the next report picks it up', async () => {
    const writer = new Client({ connectionString: app.databaseUrl });
    await writer.connect();
    try {
      // A coach's transaction moves W1 to "male" and has not committed when the report is read.
      await writer.query('BEGIN');
      await writer.query(`UPDATE learner SET gender = 'male' WHERE id = $1`, [learners.W1]);
      expect(await byType()).toEqual([['praktik', cells(6, 5, 0, 11)]]);
      await writer.query('COMMIT');
      expect(await byType()).toEqual([['praktik', cells(5, 6, 0, 11)]]);
      await writer.query(`UPDATE learner SET gender = 'female' WHERE id = $1`, [learners.W1]);
      expect(await byType()).toEqual([['praktik', cells(6, 5, 0, 11)]]);
    } finally {
      await writer.query('ROLLBACK').catch(() => undefined);
      await writer.end();
    }
  });
});
