import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '4', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' });
});
afterAll(() => app?.stop());

it('counts failed logins per address across accounts: password spraying gets 429', async () => {
  const accounts = ['coach@norrtalje.example', 'coach2@norrtalje.example', 'employer@norrtalje.example', 'learner@norrtalje.example'];
  for (const email of accounts) {
    expect((await app.api.post('/api/auth/login', { email, password: 'Summer2026!' })).status).toBe(401);
  }
  const next = await app.api.post('/api/auth/login', { email: 'admin@norrtalje.example', password: 'jobbrygga-demo' }, undefined, 'sv');
  expect(next.status).toBe(429);
  expect(next.body.code).toBe('TOO_MANY_ATTEMPTS');
  expect(next.body.message).toMatch(/^För många försök\. Vänta \d+ sekunder/);
  expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
  // A refused attempt writes nothing: no login time was recorded.
  const [row] = await app.sql<{ last_login_at: Date | null }>(`SELECT last_login_at FROM app_user WHERE email = 'admin@norrtalje.example'`);
  expect(row.last_login_at).toBeNull();
});
