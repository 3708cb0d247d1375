import { startTestApp, type TestApp } from '../support/test-app';

/**
 * GET /api/reference/occupations: SSYK groups for a job title typed the way a newcomer or a coach
 * types it. Each case names the groups a person would accept; the test only asks that one of them
 * is among the first three answers, never for a particular ranking or score.
 */

let app: TestApp;
beforeAll(async () => {
  // The default public rate limit, as in production: typing as you go must fit in it.
  app = await startTestApp();
});
afterAll(() => app?.stop());

interface Hit {
  ssyk: string;
  label: string;
  labelLang: string;
  nameSv: string;
  nameEn: string;
}

const url = (q: string, params: Record<string, string> = {}) =>
  `/api/reference/occupations?${new URLSearchParams({ q, ...params }).toString()}`;

async function hits(q: string, lang = 'sv', limit?: number): Promise<Hit[]> {
  const r = await app.api.get(url(q, { lang, ...(limit ? { limit: String(limit) } : {}) }));
  expect({ q, status: r.status }).toEqual({ q, status: 200 });
  return r.body.hits as Hit[];
}

/** For each query, whether one of the acceptable groups is in the top three. */
async function topThree(cases: [q: string, lang: string, groups: string[]][]) {
  const out = [];
  for (const [q, lang, groups] of cases) {
    const top = (await hits(q, lang)).slice(0, 3).map((h) => h.ssyk);
    out.push({ q, found: top.some((code) => groups.includes(code)), top });
  }
  return out;
}

const NURSES = ['2221', '2223', '2224', '2225', '2226', '2227', '2228', '2231', '2232', '2233', '2234', '2235', '2239'];
const ASSISTANT_NURSES = ['5321', '5323'];

describe('GET /api/reference/occupations finds the right SSYK group for a typed job title', () => {
  it('in Swedish: plurals, definite forms, missing å/ä/ö, compounds and typos', async () => {
    const results = await topThree([
      ['undersköterskor', 'sv', ASSISTANT_NURSES],
      ['underskoterska', 'sv', ASSISTANT_NURSES],
      ['undersköterksa', 'sv', ASSISTANT_NURSES],
      ['barnsjukskötare', 'sv', ['2232']],
      ['barnsjuksköterskan', 'sv', ['2232']],
      ['sjukskoterska', 'sv', NURSES],
      ['busschaufför', 'sv', ['8331']],
      ['lokalvårdare', 'sv', ['9111']],
      ['städerskor', 'sv', ['9111']],
      ['truckförarna', 'sv', ['8344']],
      ['kockar', 'sv', ['5120']],
      ['förskollärare', 'sv', ['2343']],
      ['svetsare', 'sv', ['7212']],
      ['elektrikern', 'sv', ['7411', '7412']],
    ]);
    expect(results.filter((r) => !r.found)).toEqual([]);
  });

  it('in English, including everyday words the reference data does not use ("nurse")', async () => {
    const results = await topThree([
      ['bus driver', 'en', ['8331']],
      ['nurse', 'en', [...NURSES, ...ASSISTANT_NURSES]],
      ['assistant nurse', 'en', ASSISTANT_NURSES],
      ['cleaners', 'en', ['9111']],
      ['welder', 'en', ['7212']],
      ['forklift driver', 'en', ['8344']],
      ['cook', 'en', ['5120']],
      ['preschool teacher', 'en', ['2343']],
    ]);
    expect(results.filter((r) => !r.found)).toEqual([]);
  });

  it('in Arabic with lang=ar: the word for nurse finds the nursing groups, with or without diacritics', async () => {
    const results = await topThree([
      ['ممرضة', 'ar', [...NURSES, ...ASSISTANT_NURSES]],
      ['مُمَرِّضَة', 'ar', [...NURSES, ...ASSISTANT_NURSES]],
      ['ممرضات', 'ar', [...NURSES, ...ASSISTANT_NURSES]],
      ['سائق باص', 'ar', ['8331']],
      ['طباخ', 'ar', ['5120']],
    ]);
    expect(results.filter((r) => !r.found)).toEqual([]);
    const nurse = (await hits('ممرضة', 'ar'))[0];
    expect(nurse.labelLang).toBe('ar');
    expect(nurse.label).toMatch(/[\u0600-\u06FF]/);
    expect(nurse.nameSv).toMatch(/sköterskor/);
  });

  it('keeps the leading zeros of SSYK codes (0110 Officerare)', async () => {
    const found = await hits('officerare');
    const officers = found.find((h) => h.ssyk === '0110');
    expect(officers).toMatchObject({ ssyk: '0110', nameSv: 'Officerare' });
    expect(found.slice(0, 3).map((h) => h.ssyk)).toContain('0110');
    for (const h of found) expect(h.ssyk).toMatch(/^[0-9]{4}$/);
  });

  it('answers one hit per group, each with the label that matched, its language and both group names', async () => {
    for (const [q, lang] of [['sjuksköterska', 'sv'], ['driver', 'en'], ['lärare', 'sv'], ['ممرض', 'ar']]) {
      const found = await hits(q, lang, 50);
      expect(found.length).toBeGreaterThan(1);
      expect(new Set(found.map((h) => h.ssyk)).size).toBe(found.length);
      for (const h of found) {
        expect(Object.keys(h).sort()).toEqual(['label', 'labelLang', 'nameEn', 'nameSv', 'ssyk']);
        expect(['sv', 'en', 'ar']).toContain(h.labelLang);
        expect(h.label.length).toBeGreaterThan(0);
        expect(h.nameSv.length).toBeGreaterThan(0);
        expect(h.nameEn.length).toBeGreaterThan(0);
      }
    }
    const bus = (await hits('bus driver', 'en'))[0];
    expect(bus).toMatchObject({ ssyk: '8331', labelLang: 'en' });
    expect(bus.label.toLowerCase()).toContain('bus driver');
    expect(bus.nameEn.toLowerCase()).toMatch(/bus/);
  });

  it('honours limit (default 10, 1–50) and answers nothing for text that resembles no occupation', async () => {
    expect((await hits('tekniker')).length).toBe(10);
    expect((await hits('tekniker', 'sv', 1)).length).toBe(1);
    const many = await hits('tekniker', 'sv', 50);
    expect(many.length).toBeGreaterThan(10);
    expect(many.length).toBeLessThanOrEqual(50);
    expect(await hits('xyzzy qwxq')).toEqual([]);
    expect((await hits('k'.repeat(100))).length).toBeLessThanOrEqual(10); // 100 characters is allowed
  });

  it('refuses bad input with 400 VALIDATION_FAILED in the caller language, never a 500', async () => {
    const bad = [
      '/api/reference/occupations',
      '/api/reference/occupations?q=',
      `/api/reference/occupations?q=${encodeURIComponent('   ')}`,
      url('x'.repeat(101)),
      url(` ${'x'.repeat(101)} `),
      url('kock', { lang: 'xx' }),
      url('kock', { lang: 'de' }),
      url('kock', { limit: '0' }),
      url('kock', { limit: '51' }),
      url('kock', { limit: 'ten' }),
      url('kock', { offset: '10' }),
      '/api/reference/occupations?q=kock&q=bagare',
    ];
    for (const path of bad) {
      const r = await app.api.get(path, undefined, 'en');
      expect({ path, status: r.status, code: r.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
    }
    const sv = await app.api.get('/api/reference/occupations?q=', undefined, 'sv');
    expect(sv.body.message).not.toEqual((await app.api.get('/api/reference/occupations?q=', undefined, 'en')).body.message);
  });

  it('keeps up with someone typing: a burst of one request per keystroke, within the public rate limit', async () => {
    const word = 'undersköterska';
    const statuses: number[] = [];
    for (let i = 2; i <= word.length; i++) statuses.push((await app.api.get(url(word.slice(0, i)))).status);
    for (let i = 2; i <= 'bus driver'.length; i++) statuses.push((await app.api.get(url('bus driver'.slice(0, i), { lang: 'en' }))).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Half typed, the word already finds its group.
    expect((await hits('underskö')).slice(0, 3).map((h) => h.ssyk).some((c) => ASSISTANT_NURSES.includes(c))).toBe(true);
  });

  it('is documented in OpenAPI, and the older /occupations/search route still answers', async () => {
    const docs = await app.api.get('/api/docs-json');
    const op = docs.body.paths['/api/reference/occupations']?.get;
    expect(op).toBeDefined();
    expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['lang', 'limit', 'q']);
    expect(JSON.stringify(op.responses['200'])).toMatch(/OccupationRankAnswer/);
    expect(docs.body.components.schemas.OccupationRankHitView.required).toEqual(expect.arrayContaining(['ssyk', 'label', 'labelLang', 'nameSv', 'nameEn']));
    const old = await app.api.get('/api/reference/occupations/search?q=kock&limit=5');
    expect(old.status).toBe(200);
    expect(old.body.items.length).toBeGreaterThan(0);
  });
});
