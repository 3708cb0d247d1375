import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const linkToken = (text: string, kind: 'invitation' | 'reset-password') => {
  const m = new RegExp(`http://jobbrygga\\.test/${kind}/([A-Za-z0-9_-]+)`).exec(text);
  if (!m) throw new Error(`no ${kind} link in mail`);
  return m[1];
};

describe('invitations', () => {
  it('an admin invites a coach by e-mail; the one-time link sets a password once', async () => {
    const admin = await app.api.login('admin@norrtalje.example');
    const invited = await app.api.post('/api/users/invitations', { email: 'New.Coach@Norrtalje.example', role: 'coach', displayName: 'Nils Coach', locale: 'en' }, admin);
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'new.coach@norrtalje.example', role: 'coach', active: true, activated: false });

    const mail = await app.catcher.waitFor((m) => m.to.includes('new.coach@norrtalje.example'));
    expect(mail.subject).toBe('You are invited to Jobbrygga – Norrtälje kommun');
    const token = linkToken(mail.text, 'invitation');

    // Cannot log in before accepting.
    expect((await app.api.post('/api/auth/login', { email: 'new.coach@norrtalje.example', password: 'anything-at-all' })).status).toBe(401);

    const info = await app.api.get(`/api/auth/invitations/${token}`);
    expect(info.body).toMatchObject({ email: 'new.coach@norrtalje.example', role: 'coach', municipality: { code: '0188', name: 'Norrtälje kommun' } });

    const short = await app.api.post('/api/auth/invitations/accept', { token, password: 'short' });
    expect(short.status).toBe(400);
    const accepted = await app.api.post('/api/auth/invitations/accept', { token, password: 'a-long-enough-password' });
    expect(accepted.status).toBe(200);
    expect((await app.api.get('/api/auth/me', accepted.body.accessToken)).body.role).toBe('coach');

    const again = await app.api.post('/api/auth/invitations/accept', { token, password: 'another-long-password' }, undefined, 'en');
    expect(again.status).toBe(410);
    expect(again.body).toEqual({ code: 'LINK_USED', message: 'The link has already been used. Ask for a new one.' });
    expect((await app.api.post('/api/auth/login', { email: 'new.coach@norrtalje.example', password: 'a-long-enough-password' })).status).toBe(200);
    expect((await app.api.post('/api/auth/login', { email: 'new.coach@norrtalje.example', password: 'another-long-password' })).status).toBe(401);
  });

  it('an invitation link expires (clock moved forward through the dev API)', async () => {
    const admin = await app.api.login('admin@norrtalje.example');
    await app.api.post('/api/users/invitations', { email: 'late@norrtalje.example', role: 'coach', displayName: 'Late' }, admin);
    const token = linkToken((await app.catcher.waitFor((m) => m.to.includes('late@norrtalje.example'))).text, 'invitation');
    const moved = await app.api.post('/api/dev/clock', { advanceSeconds: 73 * 3600 }, admin);
    expect(moved.status).toBe(200);
    expect(moved.body.shifted).toBe(true);
    try {
      const r = await app.api.post('/api/auth/invitations/accept', { token, password: 'a-long-enough-password' });
      expect(r.status).toBe(410);
      expect(r.body.code).toBe('LINK_EXPIRED');
      const [row] = await app.sql<{ password_hash: string | null }>(`SELECT password_hash FROM app_user WHERE email = 'late@norrtalje.example'`);
      expect(row.password_hash).toBeNull();
    } finally {
      await app.api.post('/api/dev/clock', { reset: true }, admin);
    }
  });

  it('a made-up link is 400 LINK_INVALID', async () => {
    const r = await app.api.post('/api/auth/invitations/accept', { token: 'x'.repeat(43), password: 'a-long-enough-password' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('LINK_INVALID');
  });

  it('a coach invites newcomers only, and becomes their coach', async () => {
    const coach = await app.api.login('coach@norrtalje.example');
    const staff = await app.api.post('/api/users/invitations', { email: 'x1@norrtalje.example', role: 'coach', displayName: 'X' }, coach);
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe('ROLE_NOT_ALLOWED');
    const ok = await app.api.post('/api/users/invitations', { email: 'nyanland@norrtalje.example', role: 'newcomer', displayName: 'Ny Person', locale: 'ar' }, coach);
    expect(ok.status).toBe(201);
    const mail = await app.catcher.waitFor((m) => m.to.includes('nyanland@norrtalje.example'));
    expect(mail.subject).toMatch(/[\u0600-\u06FF]/);
    const [row] = await app.sql<{ coach_id: string }>(`SELECT coach_id FROM app_user WHERE email = 'nyanland@norrtalje.example'`);
    expect(row.coach_id).toBe('00000188-0000-4000-8000-000000000002');
  });

  it('an employer contact invites a colleague into the same organisation, nobody else', async () => {
    const employer = await app.api.login('employer@norrtalje.example');
    expect((await app.api.post('/api/users/invitations', { email: 'x2@norrtalje.example', role: 'coach', displayName: 'X' }, employer)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await app.api.post('/api/users/invitations', { email: 'x3@norrtalje.example', role: 'newcomer', displayName: 'X' }, employer)).status).toBe(403);
    const ok = await app.api.post('/api/users/invitations', { email: 'kollega@norrtalje.example', role: 'employer', displayName: 'Kim Kollega' }, employer);
    expect(ok.status).toBe(201);
    const [row] = await app.sql<{ employer_id: string; tenant_code: string }>(`SELECT employer_id, tenant_code FROM app_user WHERE email = 'kollega@norrtalje.example'`);
    expect(row).toEqual({ employer_id: '00000188-0000-4000-8000-000000000101', tenant_code: '0188' });
    await app.catcher.waitFor((m) => m.to.includes('kollega@norrtalje.example'));
    // An admin cannot create an employer contact without an organisation.
    const admin = await app.api.login('admin@norrtalje.example');
    expect((await app.api.post('/api/users/invitations', { email: 'x4@norrtalje.example', role: 'employer', displayName: 'X' }, admin)).body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('an e-mail address already in use is 409 and writes nothing', async () => {
    const admin = await app.api.login('admin@sollentuna.example');
    const before = (await app.sql('SELECT id FROM app_user')).length;
    const r = await app.api.post('/api/users/invitations', { email: 'coach@norrtalje.example', role: 'coach', displayName: 'Dup' }, admin);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('EMAIL_TAKEN');
    expect((await app.sql('SELECT id FROM app_user')).length).toBe(before);
  });

  it('the admin sees caught mail of the own municipality only', async () => {
    const admin = await app.api.login('admin@norrtalje.example');
    const mails = await app.api.get('/api/dev/mails', admin);
    expect(mails.status).toBe(200);
    expect(mails.body.items.some((m: { to: string }) => m.to === 'new.coach@norrtalje.example')).toBe(true);
    const other = await app.api.login('admin@sollentuna.example');
    const theirs = await app.api.get('/api/dev/mails', other);
    expect(theirs.body.items.some((m: { to: string }) => m.to.endsWith('@norrtalje.example'))).toBe(false);
  });
});

describe('password reset', () => {
  it('resets by e-mailed link, ends old sessions, and works once', async () => {
    const oldToken = await app.api.login('learner2@norrtalje.example');
    const r = await app.api.post('/api/auth/password-reset/request', { email: 'learner2@norrtalje.example' });
    expect(r.status).toBe(202);
    const token = linkToken((await app.catcher.waitFor((m) => m.to.includes('learner2@norrtalje.example') && /reset-password/.test(m.text))).text, 'reset-password');
    expect((await app.api.post('/api/auth/password-reset/confirm', { token, password: 'my-new-password-1' })).status).toBe(204);
    expect((await app.api.get('/api/auth/me', oldToken)).status).toBe(401);
    expect((await app.api.post('/api/auth/login', { email: 'learner2@norrtalje.example', password: 'jobbrygga-demo' })).status).toBe(401);
    expect((await app.api.post('/api/auth/login', { email: 'learner2@norrtalje.example', password: 'my-new-password-1' })).status).toBe(200);
    expect((await app.api.post('/api/auth/password-reset/confirm', { token, password: 'my-new-password-2' })).status).toBe(410);
  });

  it('answers the same for unknown addresses and sends nothing', async () => {
    const before = (await app.sql('SELECT id FROM mail_outbox')).length;
    const r = await app.api.post('/api/auth/password-reset/request', { email: 'nobody@nowhere.example' });
    expect(r.status).toBe(202);
    expect((await app.sql('SELECT id FROM mail_outbox')).length).toBe(before);
  });
});
