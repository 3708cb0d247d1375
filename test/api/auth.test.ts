import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
});
afterAll(() => app?.stop());

describe('login', () => {
  it.each([
    ['admin@norrtalje.example', 'admin', '0188'],
    ['coach@norrtalje.example', 'coach', '0188'],
    ['employer@norrtalje.example', 'employer', '0188'],
    ['learner@norrtalje.example', 'newcomer', '0188'],
    ['admin@sollentuna.example', 'admin', '0163'],
    ['coach@sollentuna.example', 'coach', '0163'],
    ['employer@sollentuna.example', 'employer', '0163'],
    ['learner@sollentuna.example', 'newcomer', '0163'],
  ])('demo login %s works and /me says who it is', async (email, role, municipality) => {
    const token = await app.api.login(email);
    const me = await app.api.get('/api/auth/me', token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, role, municipality: { code: municipality } });
    expect(JSON.stringify(me.body)).not.toMatch(/password|hash|totpSecret/i);
  });

  it('is case-insensitive about the e-mail address', async () => {
    const r = await app.api.post('/api/auth/login', { email: '  Coach@Norrtalje.EXAMPLE ', password: 'jobbrygga-demo' });
    expect(r.status).toBe(200);
  });

  it('refuses a wrong password with 401 and a message in the caller language', async () => {
    const sv = await app.api.post('/api/auth/login', { email: 'coach2@norrtalje.example', password: 'wrong' });
    expect(sv.status).toBe(401);
    expect(sv.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Fel e-postadress eller lösenord.' });
    const en = await app.api.post('/api/auth/login', { email: 'coach2@norrtalje.example', password: 'wrong' }, undefined, 'en-GB,en;q=0.9');
    expect(en.body.message).toBe('Wrong e-mail address or password.');
    const ar = await app.api.post('/api/auth/login', { email: 'nobody@norrtalje.example', password: 'wrong' }, undefined, 'ar');
    expect(ar.status).toBe(401);
    expect(ar.body.code).toBe('INVALID_CREDENTIALS');
    expect(ar.body.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('blocks an account after repeated failed logins with 429 and Retry-After, and only that account', async () => {
    const email = 'employer2@norrtalje.example';
    for (let i = 0; i < 3; i++) {
      expect((await app.api.post('/api/auth/login', { email, password: 'nope' })).status).toBe(401);
    }
    const blocked = await app.api.post('/api/auth/login', { email, password: 'jobbrygga-demo' }, undefined, 'en');
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(blocked.body.message).toContain(`${retryAfter} seconds`);
    // Another account from the same address still logs in.
    expect((await app.api.post('/api/auth/login', { email: 'employer3@norrtalje.example', password: 'jobbrygga-demo' })).status).toBe(200);
  });

  it('does not count successful logins: many in a row never trip the limit', async () => {
    for (let i = 0; i < 8; i++) expect((await app.api.post('/api/auth/login', { email: 'learner2@norrtalje.example', password: 'jobbrygga-demo' })).status).toBe(200);
  });
});

describe('tokens', () => {
  it('rejects missing, malformed and forged tokens with 401', async () => {
    expect((await app.api.get('/api/auth/me')).body.code).toBe('UNAUTHENTICATED');
    expect((await app.api.get('/api/auth/me', 'forged.token.here')).status).toBe(401);
    const real = await app.api.login('coach@norrtalje.example');
    const [h, p] = real.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url')}.${real.split('.')[2]}`;
    const r = await app.api.get('/api/auth/me', forged);
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('TOKEN_INVALID');
  });

  it('refreshes with rotation: a refresh token works once, reuse ends the session family', async () => {
    const login = await app.api.post('/api/auth/login', { email: 'learner3@norrtalje.example', password: 'jobbrygga-demo' });
    const first = login.body.refreshToken as string;
    const r1 = await app.api.post('/api/auth/refresh', { refreshToken: first });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(first);
    expect((await app.api.get('/api/auth/me', r1.body.accessToken)).status).toBe(200);
    const reuse = await app.api.post('/api/auth/refresh', { refreshToken: first });
    expect(reuse.status).toBe(401);
    // The stolen-token reaction revoked the newer one too.
    expect((await app.api.post('/api/auth/refresh', { refreshToken: r1.body.refreshToken })).status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const login = await app.api.post('/api/auth/login', { email: 'learner4@norrtalje.example', password: 'jobbrygga-demo' });
    const out = await app.api.post('/api/auth/logout', { refreshToken: login.body.refreshToken }, login.body.accessToken);
    expect(out.status).toBe(204);
    expect((await app.api.post('/api/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(401);
  });

  it('saves the language choice on the account and answers errors in it when no header is sent', async () => {
    const token = await app.api.login('coach2@sollentuna.example');
    const r = await app.api.patch('/api/auth/me', { locale: 'en' }, token);
    expect(r.status).toBe(200);
    expect(r.body.locale).toBe('en');
    const denied = await app.api.get('/api/audit', token);
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('You are not allowed to do this.');
  });
});
