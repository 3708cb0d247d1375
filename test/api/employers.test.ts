import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { REF, flushSearch, praktikBody, siteAndSupervisor } from '../support/placements';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const registration = (over: Record<string, unknown> = {}) => ({
  municipalityCode: '0188',
  name: 'Rimbo Bageri AB',
  organisationNumber: '5560160680',
  sector: 'private',
  municipalOwn: false,
  occupationFields: [],
  contactName: 'Bo Bagare',
  email: 'bo@rimbobageri.example',
  password: 'ett-bra-losenord',
  locale: 'sv',
  ...over,
});
const count = async (table: string) => Number((await app.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
const tokenFrom = (text: string, kind: string) => new RegExp(`/${kind}/([A-Za-z0-9_-]+)`).exec(text)![1];

describe('employer registration', () => {
  it('refuses a bad organisation number, an unknown municipality or field, and writes nothing', async () => {
    const before = [await count('employer'), await count('app_user')];
    const r = await app.api.post('/api/employers/register', registration({ organisationNumber: '556016-0681' }), undefined, 'en');
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('ORGANISATION_NUMBER_INVALID');
    expect(r.body.message).toMatch(/organisation number is not valid/);
    expect((await app.api.post('/api/employers/register', registration({ municipalityCode: '0114' }))).body.code).toBe('MUNICIPALITY_NOT_SERVED');
    expect((await app.api.post('/api/employers/register', registration({ occupationFields: ['XXXX_YYY_ZZZ'] }))).body.code).toBe('UNKNOWN_REFERENCE');
    expect((await app.api.post('/api/employers/register', registration({ sector: 'mafia' }))).status).toBe(400);
    expect((await app.api.post('/api/employers/register', registration({ email: 'coach@norrtalje.example' }))).body.code).toBe('EMAIL_TAKEN');
    expect([await count('employer'), await count('app_user')]).toEqual(before);
  });

  it('walks from registration through e-mail confirmation to approval, and only then shows placements', async () => {
    const r = await app.api.post('/api/employers/register', registration());
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('unverified');
    const employerId = r.body.employerId as string;
    const [row] = await app.sql<{ organisation_number: string }>('SELECT organisation_number FROM employer WHERE id = $1', [employerId]);
    expect(row.organisation_number).toBe('556016-0680');

    // The same organisation cannot register twice in the municipality.
    expect((await app.api.post('/api/employers/register', registration({ email: 'other@rimbobageri.example', organisationNumber: '556016-0680' }))).body.code).toBe('ORGANISATION_EXISTS');

    // Before confirming the address: no login, and the municipality cannot decide yet.
    const early = await app.api.post('/api/auth/login', { email: 'bo@rimbobageri.example', password: 'ett-bra-losenord' });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');
    const admin = await app.api.login('admin@norrtalje.example');
    expect((await app.api.post(`/api/employers/${employerId}/decision`, { decision: 'approve' }, admin)).body.code).toBe('NOT_READY_FOR_DECISION');

    const mail = await app.catcher.waitFor((m) => m.to.includes('bo@rimbobageri.example'));
    const verified = await app.api.post('/api/employers/verify-email', { token: tokenFrom(mail.text, 'verify-email') });
    expect(verified.status).toBe(200);
    const employer = verified.body.accessToken as string;
    expect((await app.api.get('/api/auth/me', employer)).body.employerId).toBe(employerId);
    // The municipality's admin is told.
    await app.catcher.waitFor((m) => m.to.includes('admin@norrtalje.example') && m.subject.includes('Rimbo Bageri AB'));
    const queue = await app.api.get('/api/employers?status=pending', admin);
    expect(queue.body.items.map((e: { id: string }) => e.id)).toContain(employerId);

    // The employer can prepare an open placement, but nobody else sees it before approval.
    const { siteId, supervisorId } = await siteAndSupervisor(app, employer, employerId);
    const created = await app.api.post('/api/placements', praktikBody(siteId, supervisorId, { title: 'Praktik som bagare i Rimbo', ssykCode: '7612', occupationNameId: undefined, requiredSkills: [], status: 'open' }), employer);
    expect(created.status).toBe(201);
    await flushSearch(app);
    const learner = await app.api.login('learner@norrtalje.example');
    const search = () => app.api.get('/api/placements/search?q=bagare%20Rimbo&limit=50', learner).then((s) => s.body.hits.map((h: { id: string }) => h.id));
    expect(await search()).not.toContain(created.body.id);
    expect((await app.api.get(`/api/placements/${created.body.id}`, learner)).status).toBe(404);

    // A rejection needs a reason; an approval is mailed and makes the placement findable.
    expect((await app.api.post(`/api/employers/${employerId}/decision`, { decision: 'reject' }, admin)).status).toBe(400);
    const ok = await app.api.post(`/api/employers/${employerId}/decision`, { decision: 'approve', reason: 'Välkomna!' }, admin);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    await app.catcher.waitFor((m) => m.to.includes('bo@rimbobageri.example') && /godkänd/.test(m.subject));
    await flushSearch(app);
    expect(await search()).toContain(created.body.id);
    expect((await app.api.post(`/api/employers/${employerId}/decision`, { decision: 'approve' }, admin)).body.code).toBe('ALREADY_DECIDED');

    // Withdrawing the approval hides the placement again.
    expect((await app.api.post(`/api/employers/${employerId}/decision`, { decision: 'reject', reason: 'Avtalet är uppsagt' }, admin)).body.status).toBe('rejected');
    await flushSearch(app);
    expect(await search()).not.toContain(created.body.id);
  });
});

describe('who sees which employer', () => {
  it('an employer sees and edits only its own organisation; other municipalities get 404', async () => {
    const employer = await app.api.login('employer@norrtalje.example');
    expect((await app.api.get(`/api/employers/${DEMO.norrtalje.employerOrg}`, employer)).status).toBe(200);
    const [other] = await app.sql<{ id: string }>(`SELECT id FROM employer WHERE tenant_code = '0188' AND id <> $1 LIMIT 1`, [DEMO.norrtalje.employerOrg]);
    expect((await app.api.get(`/api/employers/${other.id}`, employer)).status).toBe(404);
    expect((await app.api.patch(`/api/employers/${other.id}`, { name: 'Kapat' }, employer)).status).toBe(404);
    expect((await app.api.post(`/api/employers/${other.id}/sites`, { name: 'X', placeId: REF.rimbo }, employer)).status).toBe(404);
    expect((await app.api.get('/api/employers', employer)).status).toBe(403);
    // Only the municipality decides whether an organisation is its own.
    expect((await app.api.patch(`/api/employers/${DEMO.norrtalje.employerOrg}`, { municipalOwn: true }, employer)).status).toBe(403);
    const coach = await app.api.login('coach@sollentuna.example');
    expect((await app.api.get(`/api/employers/${DEMO.norrtalje.employerOrg}`, coach)).status).toBe(404);
    expect((await app.api.post(`/api/employers/${DEMO.norrtalje.employerOrg}/decision`, { decision: 'reject', reason: 'x' }, coach)).status).toBe(404);
    const learner = await app.api.login('learner@norrtalje.example');
    expect((await app.api.get(`/api/employers/${DEMO.norrtalje.employerOrg}`, learner)).status).toBe(403);
  });

  it('sites, supervisors and placements of an employer stay with it and its municipality', async () => {
    const owner = await app.api.login('employer@norrtalje.example');
    const id = DEMO.norrtalje.employerOrg;
    const { siteId, supervisorId } = await siteAndSupervisor(app, owner, id);
    const placement = await app.api.post('/api/placements', praktikBody(siteId, supervisorId), owner);
    expect(placement.status).toBe(201);
    const other = await app.api.login('employer2@norrtalje.example');
    const sollentuna = await app.api.login('coach@sollentuna.example');
    const learner = await app.api.login('learner@norrtalje.example');
    for (const token of [other, sollentuna]) {
      expect((await app.api.get(`/api/employers/${id}/sites`, token)).status).toBe(404);
      expect((await app.api.get(`/api/employers/${id}/supervisors`, token)).status).toBe(404);
      expect((await app.api.patch(`/api/employers/${id}/sites/${siteId}`, { name: 'Kapad', placeId: REF.rimbo }, token)).status).toBe(404);
      expect((await app.api.patch(`/api/employers/${id}/supervisors/${supervisorId}`, { name: 'Kapad', capacity: 1, trained: false }, token)).status).toBe(404);
      expect((await app.api.get(`/api/placements/${placement.body.id}`, token)).status).toBe(404); // a draft
    }
    expect((await app.api.get(`/api/employers/${id}/sites`, learner)).status).toBe(403);
    // Bad input to an edit is refused and changes nothing.
    expect((await app.api.patch(`/api/employers/${id}/sites/${siteId}`, { name: '', placeId: REF.rimbo }, owner)).status).toBe(400);
    expect((await app.api.patch(`/api/employers/${id}/supervisors/${supervisorId}`, { name: 'Maria', capacity: 99, trained: true }, owner)).status).toBe(400);
    const [site] = await app.sql<{ name: string }>('SELECT name FROM employer_site WHERE id = $1', [siteId]);
    const [sup] = await app.sql<{ name: string; capacity: number }>('SELECT name, capacity FROM supervisor WHERE id = $1', [supervisorId]);
    expect([site.name, sup.name, sup.capacity]).toEqual(['Rimbo äldreboende', 'Maria Handledare', 2]);
    // An employer's list holds only its own placements; another municipality's coach lists none of them.
    const mine = await app.api.get('/api/placements?limit=200', other);
    expect(mine.body.items.every((p: { employerId: string }) => p.employerId !== id)).toBe(true);
    const theirs = await app.api.get('/api/placements?limit=200', sollentuna);
    expect(theirs.body.items.map((p: { id: string }) => p.id)).not.toContain(placement.body.id);
    expect((await app.api.get('/api/placements', learner)).status).toBe(403);
  });

  it('staff list and filter their municipality’s employers', async () => {
    const coach = await app.api.login('coach@norrtalje.example');
    const all = await app.api.get('/api/employers?limit=200', coach);
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    expect(all.body.counts.approved).toBeGreaterThanOrEqual(3);
    const pending = await app.api.get('/api/employers?status=pending', coach);
    expect(pending.body.counts).toEqual(all.body.counts);
    expect(pending.body.total).toBe(all.body.counts.pending);
    const found = await app.api.get('/api/employers?q=roslagsv', coach);
    expect(found.body.items.map((e: { name: string }) => e.name)).toEqual(['Roslagsvården Omsorg AB']);
    expect((await app.api.get('/api/employers?status=maybe', coach)).status).toBe(400);
  });

  it('a site needs a real place; a supervisor real languages and a sane capacity', async () => {
    const employer = await app.api.login('employer@norrtalje.example');
    const id = DEMO.norrtalje.employerOrg;
    expect((await app.api.post(`/api/employers/${id}/sites`, { name: 'X', placeId: '0188-atlantis' }, employer)).body.code).toBe('UNKNOWN_REFERENCE');
    expect((await app.api.post(`/api/employers/${id}/supervisors`, { name: 'X', languages: ['AAAA_BBB_CCC'], capacity: 1, trained: false }, employer)).body.code).toBe('UNKNOWN_REFERENCE');
    expect((await app.api.post(`/api/employers/${id}/supervisors`, { name: 'X', capacity: 0, trained: false }, employer)).status).toBe(400);
    const site = await app.api.post(`/api/employers/${id}/sites`, { name: 'Hallstavik', placeId: '0188-hallstavik' }, employer);
    expect(site.status).toBe(201);
    expect(site.body).toMatchObject({ placeLabel: 'Hallstavik', municipalityCode: '0188' });
    expect(site.body.lat).toBeGreaterThan(59);
  });
});
