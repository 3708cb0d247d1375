import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

it('mail sent while the SMTP server is down arrives after it comes back', async () => {
  const admin = await app.api.login('admin@norrtalje.example');
  const port = app.catcher.port;
  await app.catcher.stop();

  const r = await app.api.post('/api/users/invitations', { email: 'while-down@norrtalje.example', role: 'coach', displayName: 'Down Time' }, admin);
  expect(r.status).toBe(201);

  // Several delivery attempts fail; the mail stays queued, and health says mail is down.
  const deadline = Date.now() + 15_000;
  let row: { status: string; attempts: number } | undefined;
  while (Date.now() < deadline) {
    [row] = await app.sql<{ status: string; attempts: number }>(`SELECT status, attempts FROM mail_outbox WHERE to_address = 'while-down@norrtalje.example'`);
    if (row && row.attempts >= 2) break;
    await new Promise((res) => setTimeout(res, 200));
  }
  expect(row).toMatchObject({ status: 'pending' });
  expect(row!.attempts).toBeGreaterThanOrEqual(2);
  const health = await app.api.get('/api/health');
  expect(health.status).toBe(503);
  expect(health.body.services.mail.up).toBe(false);

  await app.catcher.start(port);
  const mail = await app.catcher.waitFor((m) => m.to.includes('while-down@norrtalje.example'), 20_000);
  expect(mail.text).toContain('http://jobbrygga.test/invitation/');
  // The worker marks the row sent right after the server accepted it.
  let status = '';
  for (let i = 0; i < 50 && status !== 'sent'; i++) {
    [{ status }] = await app.sql<{ status: string }>(`SELECT status FROM mail_outbox WHERE to_address = 'while-down@norrtalje.example'`);
    if (status !== 'sent') await new Promise((res) => setTimeout(res, 100));
  }
  expect(status).toBe('sent');
  // Delivered exactly once.
  expect(app.catcher.list().filter((m) => m.to.includes('while-down@norrtalje.example'))).toHaveLength(1);
});
