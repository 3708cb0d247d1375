import { startTestApp, type TestApp } from '../support/test-app';

/**
 * GET /api/reference/skills with `q`: skills ranked by how well they match what a coach types,
 * forgiving typos, plurals and missing å/ä/ö, in the route's existing page shape.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

interface Skill {
  conceptId: string;
  labelSv: string;
}

async function skills(params: Record<string, string>) {
  const r = await app.api.get(`/api/reference/skills?${new URLSearchParams(params).toString()}`);
  expect({ params, status: r.status }).toEqual({ params, status: 200 });
  return r.body as { items: Skill[]; total: number; limit: number; offset: number };
}

describe('GET /api/reference/skills?q= ranks skills by match', () => {
  it('finds what was typed first, with typos, plurals and without å/ä/ö, in the same page shape', async () => {
    const cases: [string, RegExp][] = [
      ['svetsning', /svetsning/i],
      ['svetsnig', /svetsning/i],
      ['truckvana', /^truckvana$/i],
      ['truckar', /truck/i],
      ['stadning', /städning/i],
      ['exel', /excel/i],
    ];
    for (const [q, want] of cases) {
      const page = await skills({ q });
      expect(Object.keys(page).sort()).toEqual(['items', 'limit', 'offset', 'total']);
      expect({ q, first: page.items[0]?.labelSv }).toEqual({ q, first: expect.stringMatching(want) });
      for (const s of page.items) expect(Object.keys(s).sort()).toEqual(['conceptId', 'labelSv']);
    }
  });

  it('keeps to one SSYK group when asked, and pages through the ranked list', async () => {
    const all = await skills({ ssyk: '7212', limit: '200' });
    const ofGroup = new Set(all.items.map((s) => s.conceptId));
    const welding = await skills({ q: 'svets', ssyk: '7212', limit: '200' });
    expect(welding.total).toBeGreaterThan(2);
    expect(welding.items.every((s) => ofGroup.has(s.conceptId))).toBe(true);

    const first = await skills({ q: 'svetsning', limit: '2' });
    const second = await skills({ q: 'svetsning', limit: '2', offset: '2' });
    expect(first.total).toBe(second.total);
    expect(first.items).toHaveLength(2);
    expect(second.items.map((s) => s.conceptId)).not.toContain(first.items[0].conceptId);
    const whole = await skills({ q: 'svetsning', limit: '4' });
    expect(whole.items.map((s) => s.conceptId)).toEqual([...first.items, ...second.items].map((s) => s.conceptId));
  });

  it('without q lists A–Ö as before; one letter falls back to the substring search; nonsense finds nothing', async () => {
    const plain = await skills({ ssyk: '7212', limit: '200' });
    const labels = plain.items.map((s) => s.labelSv);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(plain.total).toBe(plain.items.length);
    expect((await skills({ q: 'a', limit: '5' })).total).toBeGreaterThan(0);
    expect((await skills({ q: 'xyzzy' })).total).toBe(0);
  });

  it('accepts lang sv, en or ar and refuses anything else with 400', async () => {
    for (const lang of ['sv', 'en', 'ar']) expect((await skills({ q: 'svetsning', lang })).total).toBeGreaterThan(0);
    for (const path of ['/api/reference/skills?q=svets&lang=xx', '/api/reference/skills?q=svets&lang=de', `/api/reference/skills?q=${'x'.repeat(201)}`]) {
      const r = await app.api.get(path);
      expect({ path, status: r.status, code: r.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
    }
    const docs = await app.api.get('/api/docs-json');
    const params = docs.body.paths['/api/reference/skills'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'lang', 'ssyk', 'limit', 'offset']));
  });
});
