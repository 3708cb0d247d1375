import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT_PER_SECOND: '20' });
});
afterAll(() => app?.stop());

describe('reference look-ups (public, read-only)', () => {
  it('finds municipalities with county and coordinates', async () => {
    const r = await app.api.get('/api/reference/municipalities/0188');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ code: '0188', name: 'Norrtälje kommun', countyCode: '01' });
    expect(r.body.lat).toBeCloseTo(59.77, 1);
    const list = await app.api.get('/api/reference/municipalities?county=01&limit=200');
    expect(list.body.total).toBe(26);
    expect((await app.api.get('/api/reference/municipalities?q=sollen')).body.items[0].code).toBe('0163');
  });

  it('answers bad codes with 400 and unknown ones with 404, in the caller language', async () => {
    const bad = await app.api.get('/api/reference/municipalities/18', undefined, 'en');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const unknown = await app.api.get('/api/reference/municipalities/0001', undefined, 'sv');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Det du söker finns inte.');
    for (const q of ['limit=0', 'limit=201', 'q=' + 'x'.repeat(201), 'county=1', 'foo=bar']) {
      expect({ q, status: (await app.api.get(`/api/reference/municipalities?${q}`)).status }).toEqual({ q, status: 400 });
    }
  });

  it('serves SSYK groups with their skills and job titles', async () => {
    const g = await app.api.get('/api/reference/occupation-groups/5321');
    expect(g.status).toBe(200);
    expect(JSON.stringify(g.body)).toMatch(/[Uu]nderskötersk/);
    const names = await app.api.get('/api/reference/occupation-names?ssyk=5321&limit=50');
    expect(names.body.items.length).toBeGreaterThan(0);
    expect(names.body.items.every((n: { ssykCode: string }) => n.ssykCode === '5321')).toBe(true);
  });

  it('lists the SFI courses and study paths, and Kolada KPI definitions with gender split', async () => {
    const sfi = await app.api.get('/api/reference/sfi');
    expect(JSON.stringify(sfi.body)).toMatch(/"A".*"D"/s);
    const kpi = await app.api.get('/api/reference/kolada-kpis/N00973');
    expect(kpi.status).toBe(200);
    expect(kpi.body.title).toMatch(/etableringsuppdraget/);
    expect(kpi.body.isDividedByGender).toBe(true);
  });

  it('searches occupations through Meilisearch, forgiving typos and in English', async () => {
    for (const q of ['underskoterska', 'undersköterkor', 'healthcare assistant']) {
      const r = await app.api.get(`/api/reference/occupations/search?q=${encodeURIComponent(q)}&limit=10`);
      expect(r.status).toBe(200);
      expect({ q, found: r.body.items.some((h: { ssykCode: string }) => h.ssykCode === '5321' || h.ssykCode === '5323') }).toEqual({ q, found: true });
    }
    const groups = await app.api.get('/api/reference/occupations/search?q=kock&kind=ssyk-group');
    expect(groups.body.items.every((h: { kind: string }) => h.kind === 'ssyk-group')).toBe(true);
    expect((await app.api.get('/api/reference/occupations/search?q=kock&kind=other')).status).toBe(400);
    expect((await app.api.get('/api/reference/occupations/search')).status).toBe(400);
  });
});

describe('public rate limit', () => {
  it('lets a burst of autocomplete through, then answers 429 with Retry-After, per address', async () => {
    const token = await app.api.login('admin@norrtalje.example');
    // 20 per second sustained, bursts of 40: a page of autocomplete (a dozen requests) never trips it.
    const burst = await Promise.all(Array.from({ length: 12 }, () => app.api.get('/api/reference/counties')));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    const flood = await Promise.all(Array.from({ length: 60 }, () => app.api.get('/api/reference/counties', undefined, 'en')));
    const limited = flood.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited[0].body.code).toBe('TOO_MANY_REQUESTS');
    // Logged-in routes are not counted against the public budget.
    expect((await app.api.get('/api/auth/me', token)).status).toBe(200);
  });
});
