import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('health', () => {
  it('reports database, search and mail up once indexes are ready', async () => {
    const r = await app.api.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      status: 'ok',
      services: { database: { up: true }, search: { up: true, indexesReady: true }, mail: { up: true } },
    });
  });
});

describe('API conventions', () => {
  it('serves the OpenAPI document and UI publicly', async () => {
    const json = await app.api.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/health', '/api/users']));
    const ui = await app.api.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('sends security headers and a request id', async () => {
    const r = await app.api.get('/api/health');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('dev clock', () => {
  it('an admin sets and advances the clock; others may not', async () => {
    const admin = await app.api.login('admin@norrtalje.example');
    const set = await app.api.post('/api/dev/clock', { set: '2027-03-01T08:00:00.000Z' }, admin);
    expect(set.status).toBe(200);
    expect(set.body.now.slice(0, 16)).toBe('2027-03-01T08:00');
    const later = await app.api.post('/api/dev/clock', { advanceSeconds: 90 * 86400 }, admin);
    expect(later.body.now.slice(0, 10)).toBe('2027-05-30');
    expect((await app.api.post('/api/dev/clock', { set: 'yesterday' }, admin)).status).toBe(400);
    expect((await app.api.post('/api/dev/clock', {}, admin)).status).toBe(400);
    expect((await app.api.post('/api/dev/clock', { reset: true, advanceSeconds: 5 }, admin)).status).toBe(400);
    const coach = await app.api.login('coach@norrtalje.example');
    expect((await app.api.post('/api/dev/clock', { reset: true }, coach)).status).toBe(403);
    const reset = await app.api.post('/api/dev/clock', { reset: true }, admin);
    expect(Math.abs(new Date(reset.body.now).getTime() - Date.now())).toBeLessThan(5000);
  });
});

describe('two-factor login', () => {
  it('a coach turns on TOTP; login then needs the code', async () => {
    const { totpCode } = await import('../../apps/api/src/auth/totp');
    const token = await app.api.login('coach2@sollentuna.example');
    const setup = await app.api.post('/api/auth/totp/setup', {}, token);
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toContain(`secret=${setup.body.secret}`);
    expect((await app.api.post('/api/auth/totp/enable', { code: '000000' }, token)).body.code).toBe('TOTP_INVALID');
    expect((await app.api.post('/api/auth/totp/enable', { code: totpCode(setup.body.secret, Date.now()) }, token)).status).toBe(204);

    const without = await app.api.post('/api/auth/login', { email: 'coach2@sollentuna.example', password: 'jobbrygga-demo' });
    expect(without.status).toBe(401);
    expect(without.body.code).toBe('TOTP_REQUIRED');
    const wrong = await app.api.post('/api/auth/login', { email: 'coach2@sollentuna.example', password: 'jobbrygga-demo', totpCode: '123456' });
    expect(wrong.body.code).toBe(totpCode(setup.body.secret, Date.now()) === '123456' ? undefined : 'TOTP_INVALID');
    const ok = await app.api.post('/api/auth/login', { email: 'coach2@sollentuna.example', password: 'jobbrygga-demo', totpCode: totpCode(setup.body.secret, Date.now()) });
    expect(ok.status).toBe(200);
  });

  it('a municipality can require TOTP for staff: until set up, only the setup routes work', async () => {
    const { totpCode } = await import('../../apps/api/src/auth/totp');
    const admin = await app.api.login('admin@sollentuna.example');
    // Not before the admin has two-factor login: that would lock the admin out.
    const refused = await app.api.patch('/api/tenant/settings', { requireTotpForStaff: true }, admin, 'en');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TOTP_OWN_REQUIRED');
    expect((await app.sql<{ r: boolean }>(`SELECT require_totp_for_staff AS r FROM tenant WHERE code = '0163'`))[0].r).toBe(false);
    const { secret } = (await app.api.post('/api/auth/totp/setup', {}, admin)).body;
    expect((await app.api.post('/api/auth/totp/enable', { code: totpCode(secret, Date.now()) }, admin)).status).toBe(204);
    const on = await app.api.patch('/api/tenant/settings', { requireTotpForStaff: true }, admin);
    expect(on.body.requireTotpForStaff).toBe(true);
    try {
      const login = await app.api.post('/api/auth/login', { email: 'coach@sollentuna.example', password: 'jobbrygga-demo' });
      expect(login.status).toBe(200);
      expect(login.body.totpSetupRequired).toBe(true);
      const token = login.body.accessToken;
      const blocked = await app.api.get('/api/users', token);
      expect(blocked.status).toBe(403);
      expect(blocked.body.code).toBe('TOTP_SETUP_REQUIRED');
      expect((await app.api.get('/api/auth/me', token)).body.totpSetupRequired).toBe(true);
      expect((await app.api.post('/api/auth/totp/setup', {}, token)).status).toBe(200);
      // Newcomers are not staff: unaffected.
      const learner = await app.api.post('/api/auth/login', { email: 'learner@sollentuna.example', password: 'jobbrygga-demo' });
      expect(learner.body.totpSetupRequired).toBeUndefined();
    } finally {
      await app.api.patch('/api/tenant/settings', { requireTotpForStaff: false }, admin);
    }
  });
});
