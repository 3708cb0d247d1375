import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.api.login('admin@norrtalje.example');
});
afterAll(() => app?.stop());

const countUsers = async () => Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM app_user'))[0].n);
const countMail = async () => Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM mail_outbox'))[0].n);

describe('bad input gets a clear 4xx in the caller language and changes nothing', () => {
  it('malformed JSON is 400 MALFORMED_JSON, translated', async () => {
    const sv = await app.api.request('POST', '/api/auth/login', { rawBody: '{"email":' });
    expect(sv.status).toBe(400);
    expect(sv.body).toEqual({ code: 'MALFORMED_JSON', message: 'Förfrågan kunde inte läsas. Den är inte giltig JSON.' });
    const ar = await app.api.request('POST', '/api/users/invitations', { rawBody: '{bad', token: admin, lang: 'ar' });
    expect(ar.status).toBe(400);
    expect(ar.body.message).toMatch(/JSON/);
    expect(ar.body.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('unknown fields, wrong types, too-long strings: 400 with a message per field, nothing written', async () => {
    const users = await countUsers();
    const mails = await countMail();
    const cases: [unknown, string][] = [
      [{ email: 'a@b.example', role: 'coach', displayName: 'A', isAdmin: true }, 'isAdmin'],
      [{ email: 'a@b.example', role: 'coach', displayName: 42 }, 'displayName'],
      [{ email: 'a@b.example', role: 'coach', displayName: 'x'.repeat(500) }, 'displayName'],
      [{ email: 'not-an-email', role: 'coach', displayName: 'A' }, 'email'],
      [{ email: 'a@b.example', role: 'superuser', displayName: 'A' }, 'role'],
      [{ email: 'a@b.example', role: 'coach', displayName: 'A', locale: 'xx' }, 'locale'],
      [{ role: 'coach', displayName: 'A' }, 'email'],
      [['an', 'array'], ''],
    ];
    for (const [body, field] of cases) {
      const r = await app.api.post('/api/users/invitations', body, admin, 'en');
      expect({ body, status: r.status, code: r.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      expect(r.body.message).toBe('Some of the information is not filled in correctly.');
      if (field) expect(r.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const sv = await app.api.post('/api/users/invitations', { email: 'nope', role: 'coach', displayName: 'A' }, admin);
    expect(sv.body.details).toContainEqual({ field: 'email', message: 'email: måste vara en e-postadress' });
    expect(await countUsers()).toBe(users);
    expect(await countMail()).toBe(mails);
  });

  it('list paging is validated', async () => {
    for (const q of ['limit=-5', 'limit=abc', 'limit=100000', 'offset=-1', 'limit=1.5', 'unknown=1', 'role=god']) {
      const r = await app.api.get(`/api/users?${q}`, admin);
      expect({ q, status: r.status }).toEqual({ q, status: 400 });
    }
    const ok = await app.api.get('/api/users?limit=2&offset=1', admin);
    expect(ok.status).toBe(200);
    expect(ok.body.items).toHaveLength(2);
    expect(ok.body).toMatchObject({ limit: 2, offset: 1 });
  });

  it('a malformed id in the path is 400, an unknown one 404', async () => {
    expect((await app.api.get('/api/users/not-a-uuid', admin)).status).toBe(400);
    expect((await app.api.get("/api/users/1'%20OR%201=1", admin)).status).toBe(400);
    expect((await app.api.get('/api/users/7d0c1f3e-0000-4000-8000-000000000000', admin)).status).toBe(404);
  });

  it('unknown API routes answer 404 in JSON, not the web page', async () => {
    const r = await app.api.get('/api/no-such-thing', admin, 'en');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ code: 'NOT_FOUND', message: 'What you are looking for does not exist.' });
  });

  it('a body over the size limit is 413', async () => {
    const r = await app.api.request('POST', '/api/auth/login', { rawBody: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(2_000_000) }) });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
