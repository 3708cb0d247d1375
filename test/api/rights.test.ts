import { ROLES } from '@jobbrygga/domain';
import { RouteAuditor } from '../../apps/api/src/common/route-auditor';
import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('default deny', () => {
  it('every route declares public access or its roles', () => {
    const routes = app.nest.get(RouteAuditor).routes();
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => r.access === 'undeclared')).toEqual([]);
    for (const r of routes) if (Array.isArray(r.access)) for (const role of r.access) expect(ROLES).toContain(role);
  });

  it('every route that is not public answers 401 without a token', async () => {
    const routes = app.nest.get(RouteAuditor).routes().filter((r) => r.access !== 'public');
    for (const r of routes) {
      const path = '/api' + r.path.replace(/:[a-zA-Z]+/g, DEMO.norrtalje.learner);
      const res = await app.api.request(r.method, path, r.method === 'GET' ? {} : { body: {} });
      expect({ route: `${r.method} ${r.path}`, status: res.status }).toEqual({ route: `${r.method} ${r.path}`, status: 401 });
    }
  });

  it('a role not named on a route gets 403', async () => {
    const learner = await app.api.login('learner@norrtalje.example');
    const employer = await app.api.login('employer@norrtalje.example');
    expect((await app.api.get('/api/users', learner)).status).toBe(403);
    for (const token of [learner, employer]) {
      expect((await app.api.get('/api/audit', token)).status).toBe(403);
      expect((await app.api.post('/api/dev/clock', { advanceSeconds: 1 }, token)).status).toBe(403);
    }
    const coach = await app.api.login('coach@norrtalje.example');
    expect((await app.api.post(`/api/users/${DEMO.norrtalje.learner}/deactivate`, {}, coach)).status).toBe(403);
  });
});

describe('tenant isolation', () => {
  it('a Sollentuna coach cannot read a Norrtälje learner: 404, not 403', async () => {
    const other = await app.api.login('coach@sollentuna.example');
    const r = await app.api.get(`/api/users/${DEMO.norrtalje.learner}`, other);
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('NOT_FOUND');
    const own = await app.api.login('coach@norrtalje.example');
    const ok = await app.api.get(`/api/users/${DEMO.norrtalje.learner}`, own);
    expect(ok.status).toBe(200);
    expect(ok.body.email).toBe('learner@norrtalje.example');
  });

  it('lists only the caller municipality; a coach sees newcomers only', async () => {
    const admin = await app.api.login('admin@sollentuna.example');
    const all = await app.api.get('/api/users?limit=200', admin);
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThan(3);
    expect(all.body.items.every((u: { email: string }) => u.email.endsWith('@sollentuna.example'))).toBe(true);
    const coach = await app.api.login('coach@norrtalje.example');
    const mine = await app.api.get('/api/users?limit=200', coach);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((u: { role: string }) => u.role === 'newcomer')).toBe(true);
    expect((await app.api.get('/api/users?role=admin', coach)).body.items).toEqual([]);
    expect((await app.api.get(`/api/users/${DEMO.norrtalje.admin}`, coach)).status).toBe(404);
  });

  it('an admin cannot deactivate an account of another municipality', async () => {
    const admin = await app.api.login('admin@sollentuna.example');
    expect((await app.api.post(`/api/users/${DEMO.norrtalje.coach2}/deactivate`, {}, admin)).status).toBe(404);
    const [row] = await app.sql<{ active: boolean }>('SELECT active FROM app_user WHERE id = $1', [DEMO.norrtalje.coach2]);
    expect(row.active).toBe(true);
  });
});

describe('employer contacts', () => {
  it('see only the colleagues of their own organisation', async () => {
    const employer = await app.api.login('employer@norrtalje.example');
    const list = await app.api.get('/api/users?limit=200', employer);
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).toEqual(['employer@norrtalje.example']);
    // Another organisation's contact and any newcomer stay hidden (404).
    expect((await app.api.get(`/api/users/${DEMO.norrtalje.learner}`, employer)).status).toBe(404);
    const [other] = await app.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'employer2@norrtalje.example'`);
    expect((await app.api.get(`/api/users/${other.id}`, employer)).status).toBe(404);
  });
});

describe('deactivation and audit', () => {
  it('a deactivated account stops working at once, including tokens already issued', async () => {
    const admin = await app.api.login('admin@norrtalje.example');
    const coach2 = await app.api.login('coach2@norrtalje.example');
    expect((await app.api.get('/api/auth/me', coach2)).status).toBe(200);
    const off = await app.api.post(`/api/users/${DEMO.norrtalje.coach2}/deactivate`, {}, admin);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await app.api.get('/api/auth/me', coach2)).status).toBe(401);
    const login = await app.api.post('/api/auth/login', { email: 'coach2@norrtalje.example', password: 'jobbrygga-demo' });
    expect(login.body.code).toBe('ACCOUNT_INACTIVE');
    expect((await app.api.post(`/api/users/${DEMO.norrtalje.admin}/deactivate`, {}, admin)).body.code).toBe('CANNOT_DEACTIVATE_SELF');
    expect((await app.api.post(`/api/users/${DEMO.norrtalje.coach2}/reactivate`, {}, admin)).body.active).toBe(true);
    expect((await app.api.post('/api/auth/login', { email: 'coach2@norrtalje.example', password: 'jobbrygga-demo' })).status).toBe(200);
  });

  it('logs who read a learner profile, visible to the admin of that municipality only', async () => {
    const coach = await app.api.login('coach@norrtalje.example');
    await app.api.get(`/api/users/${DEMO.norrtalje.learner2}`, coach);
    const admin = await app.api.login('admin@norrtalje.example');
    const log = await app.api.get(`/api/audit?subjectId=${DEMO.norrtalje.learner2}`, admin);
    expect(log.status).toBe(200);
    expect(log.body.items[0]).toMatchObject({ action: 'profile.read', actorUserId: DEMO.norrtalje.coach, actorName: 'Johan Ekström', subjectId: DEMO.norrtalje.learner2, subjectName: 'Yonas Tesfaye' });
    expect((await app.api.get('/api/audit?subjectId=nope', admin)).status).toBe(400);
    const otherAdmin = await app.api.login('admin@sollentuna.example');
    expect((await app.api.get(`/api/audit?subjectId=${DEMO.norrtalje.learner2}`, otherAdmin)).body.items).toEqual([]);
  });
});
