import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, inDays, praktikBody, siteAndSupervisor } from '../support/placements';

let app: TestApp;
let employer: string;
let learner: string;
let nursing: string;
let busDriver: string;
beforeAll(async () => {
  app = await startTestApp();
  employer = await app.api.login('employer@norrtalje.example');
  learner = await app.api.login('learner@norrtalje.example');
  const ids = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
  nursing = (await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, { status: 'open' }), employer)).body.id;
  busDriver = (
    await app.api.post(
      '/api/placements',
      praktikBody(ids.siteId, ids.supervisorId, {
        status: 'open', title: 'Praktik som bussförare i Rimbo', ssykCode: '8331', occupationNameId: undefined, requiredSkills: [],
        licences: ['D'], minSfiCourse: 'D', hoursPerWeek: 35, startDate: inDays(90), endDate: inDays(90 + 27), fitsSfiAfternoon: false, fitsSfiMorning: true,
      }),
      employer,
    )
  ).body.id;
  await flushSearch(app);
});
afterAll(() => app?.stop());

const ids = (r: { body: { hits: { id: string }[] } }) => r.body.hits.map((h) => h.id);

describe('placement search', () => {
  it.each([
    ['Swedish without å/ä/ö', 'underskoterska'],
    ['Swedish with a typo', 'undersköterkor'],
    ['English', 'nurse'],
    ['English (ESCO label)', 'healthcare assistant'],
    ['Arabic', 'ممرضة'],
  ])('finds the undersköterska placement in %s', async (_what, q) => {
    const r = await app.api.get(`/api/placements/search?q=${encodeURIComponent(q)}&limit=100`, learner);
    expect(r.status).toBe(200);
    expect(ids(r)).toContain(nursing);
    const hit = r.body.hits.find((h: { id: string }) => h.id === nursing);
    expect(hit).toMatchObject({ kind: 'placement', type: 'praktik', ssyk: '5321', place: 'Rimbo', employerName: 'Roslagsvården Omsorg AB' });
  });

  it('answers in the caller language: type and occupation names follow Accept-Language', async () => {
    const ar = await app.api.get('/api/placements/search?q=ممرضة', learner, 'ar');
    const hit = ar.body.hits.find((h: { id: string }) => h.id === nursing);
    expect(hit.typeName).toBe('تدريب عملي');
    expect(hit.occupation).toMatch(/[\u0600-\u06FF]/);
    const en = await app.api.get('/api/placements/search?q=nurse', learner, 'en');
    expect(en.body.hits.find((h: { id: string }) => h.id === nursing).typeName).toBe('Work practice');
  });

  it('browses everything with an empty q, with facet counts', async () => {
    const r = await app.api.get('/api/placements/search?q=&limit=100', learner);
    expect(ids(r)).toEqual(expect.arrayContaining([nursing, busDriver]));
    expect(r.body.total).toBeGreaterThanOrEqual(2);
    expect(r.body.facets.type.praktik).toBeGreaterThanOrEqual(2);
    expect(r.body.facets.ssyk['5321']).toBeGreaterThanOrEqual(1);
  });

  it('filters by SFI course, licence, hours, start date, SFI lessons, SSYK, distance and type', async () => {
    const q = async (params: string) => ids(await app.api.get(`/api/placements/search?limit=100&${params}`, learner));
    expect(await q('sfiCourse=B')).toContain(nursing);
    expect(await q('sfiCourse=B')).not.toContain(busDriver);
    expect(await q('sfiCourse=D')).toContain(busDriver);
    expect(await q('licences=B')).not.toContain(busDriver);
    expect(await q('licences=B,D')).toContain(busDriver);
    expect(await q('licences=none')).toContain(nursing);
    expect(await q('licences=Utökad%20B')).toContain(nursing);
    expect(await q('hoursMin=30')).not.toContain(nursing);
    expect(await q(`startFrom=${inDays(60)}`)).toEqual(expect.arrayContaining([busDriver]));
    expect(await q(`startFrom=${inDays(60)}`)).not.toContain(nursing);
    expect(await q('sfiLessons=afternoon')).not.toContain(busDriver);
    const bus = await app.api.get('/api/placements/search?limit=100&ssyk=8331', learner);
    expect(ids(bus)).toContain(busDriver);
    expect(bus.body.hits.every((h: { ssyk: string }) => h.ssyk === '8331')).toBe(true);
    // Rimbo is about 25 km from Norrtälje town, 60 km from Stockholm.
    expect(await q('lat=59.7606&lon=18.7050&radiusKm=40')).toContain(nursing);
    expect(await q('lat=59.3293&lon=18.0686&radiusKm=20')).not.toContain(nursing);
    expect(await q('type=introduktionsjobb')).not.toContain(nursing);
    const sorted = await app.api.get('/api/placements/search?lat=59.7606&lon=18.7050&radiusKm=100&sort=distance', learner);
    expect(sorted.body.hits[0].distanceKm).toBeGreaterThan(0);
  });

  it('keeps real counts for the other types while a type is ticked', async () => {
    const all = await app.api.get('/api/placements/search?limit=1', learner);
    const ticked = await app.api.get('/api/placements/search?limit=100&type=praktik', learner);
    expect(ticked.body.hits.every((h: { type: string }) => h.type === 'praktik')).toBe(true);
    expect(ticked.body.facets.type).toEqual(all.body.facets.type);
  });

  it('another employer may read an open placement but not its supervisor or contact, and may not change it', async () => {
    const other = await app.api.login('employer2@norrtalje.example');
    const seen = await app.api.get(`/api/placements/${nursing}`, other, 'en');
    expect(seen.status).toBe(200);
    expect(seen.body.supervisorId).toBeUndefined();
    expect(seen.body.occupation).toBe('Assistant nurse');
    expect(seen.body.occupationSv).toMatch(/ndersköterska/);
    expect(seen.body.labels.skills['x289_bKF_ihE']).toBe('Allmän omvårdnadserfarenhet');
    expect(seen.body.labels.languages['3iEY_RGP_qXq']).toBe('Arabiska');
    expect((await app.api.patch(`/api/placements/${nursing}`, { title: 'Kapad titel' }, other)).status).toBe(404);
    expect((await app.api.get(`/api/placements/${nursing}`, employer)).body.supervisorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a newcomer of another municipality sees none of these', async () => {
    const other = await app.api.login('learner@sollentuna.example');
    const r = await app.api.get('/api/placements/search?q=&limit=100', other);
    expect(r.status).toBe(200);
    expect(ids(r)).not.toContain(nursing);
    expect(JSON.stringify(r.body).toLowerCase()).not.toContain('norrt');
    expect(ids(await app.api.get('/api/placements/search?q=ممرضة', other))).not.toContain(nursing);
  });

  it('refuses bad parameters with 400', async () => {
    for (const p of ['limit=-5', 'limit=0', 'limit=101', 'offset=-1', 'sfiCourse=E', 'ssyk=53', 'type=Praktik!', 'lat=59.7', 'radiusKm=5000&lat=59&lon=18', 'sort=distance', 'hoursMin=30&hoursMax=10', 'startFrom=2027-13-40', 'gender=female', 'age=30', 'q=' + 'x'.repeat(201)]) {
      const r = await app.api.get(`/api/placements/search?${p}`, learner, 'en');
      expect({ p, status: r.status, code: r.body.code }).toEqual({ p, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('follows changes: closed placements disappear, edits show, within one sync', async () => {
    await app.api.patch(`/api/placements/${busDriver}`, { title: 'Praktik som busschaufför i Rimbo' }, employer);
    await flushSearch(app);
    expect(ids(await app.api.get('/api/placements/search?q=busschaufför', learner))).toContain(busDriver);
    await app.api.post(`/api/placements/${busDriver}/status`, { status: 'closed' }, employer);
    await flushSearch(app);
    expect(ids(await app.api.get('/api/placements/search?q=busschaufför', learner))).not.toContain(busDriver);
  });
});
