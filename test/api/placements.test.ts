import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { inDays, praktikBody, siteAndSupervisor } from '../support/placements';

let app: TestApp;
let employer: string;
let ids: { siteId: string; supervisorId: string };
beforeAll(async () => {
  app = await startTestApp();
  employer = await app.api.login('employer@norrtalje.example');
  ids = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
});
afterAll(() => app?.stop());

const placements = async () => Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM placement'))[0].n);

describe('placement types', () => {
  it('lists current and historical types with their rules and sources', async () => {
    const r = await app.api.get('/api/placement-types', employer);
    expect(r.status).toBe(200);
    const byCode = Object.fromEntries(r.body.items.map((t: { code: string }) => [t.code, t]));
    expect(Object.keys(byCode)).toEqual(expect.arrayContaining(['praktik', 'extratjanst', 'instegsjobb', 'introduktionsjobb', 'beredskapsjobb', 'jobbspar', 'yrkes_sfi', 'nystartsjobb']));
    expect(byCode.instegsjobb).toMatchObject({ validTo: '2018-04-30', sfiCombinationRequired: true });
    expect(byCode.introduktionsjobb.validFrom).toBe('2018-05-01');
    expect(byCode.extratjanst).toMatchObject({ validTo: '2021-12-31', allowedSectors: ['public', 'non_profit'], decidedByEmploymentService: true });
    expect(byCode.jobbspar.kind).toBe('jobTrack');
    expect(byCode.praktik.source).toMatch(/Arbetsförmedlingen/);
    // Current types come first, historical ones (with an end date) last.
    const ended = r.body.items.map((t: { validTo: string | null }) => t.validTo !== null);
    expect(ended).toEqual([...ended].sort((a: boolean, b: boolean) => Number(a) - Number(b)));
    expect(ended.at(-1)).toBe(true);
  });
});

describe('a municipality adjusts types to its own rules', () => {
  it('shortens praktik for Sollentuna only, and adds a local type', async () => {
    const admin = await app.api.login('admin@sollentuna.example');
    const coach = await app.api.login('coach@sollentuna.example');
    expect((await app.api.request('PUT', '/api/placement-types/praktik', { body: { maxWeeks: 12 }, token: coach })).status).toBe(403);
    expect((await app.api.request('PUT', '/api/placement-types/praktik', { body: { minWeeks: 20, maxWeeks: 12 }, token: admin })).status).toBe(400);
    expect((await app.api.request('PUT', '/api/placement-types/nosuchtype', { body: { maxWeeks: 12 }, token: admin })).status).toBe(404);
    const r = await app.api.request('PUT', '/api/placement-types/praktik', { body: { maxWeeks: 12, source: 'Beslut i arbetsmarknadsnämnden 2026-10-01' }, token: admin });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ code: 'praktik', local: true, maxWeeks: 12, minWeeks: 1 });
    const theirs = (await app.api.get('/api/placement-types', admin)).body.items.find((t: { code: string }) => t.code === 'praktik');
    expect(theirs.maxWeeks).toBe(12);
    const ours = (await app.api.get('/api/placement-types', employer)).body.items.find((t: { code: string }) => t.code === 'praktik');
    expect(ours.maxWeeks).toBe(26);

    // A Sollentuna praktik of 16 weeks now breaks the municipality's rule; in Norrtälje it is fine.
    const sollEmployer = await app.api.login('employer@sollentuna.example');
    const site = await app.api.post(`/api/employers/${DEMO.sollentuna.employerOrg}/sites`, { name: 'Edsberg', placeId: '0163-sollentuna' }, sollEmployer);
    const sup = await app.api.post(`/api/employers/${DEMO.sollentuna.employerOrg}/supervisors`, { name: 'Handledare', capacity: 1, trained: true }, sollEmployer);
    const long = await app.api.post('/api/placements', praktikBody(site.body.id, sup.body.id, { endDate: inDays(30 + 7 * 16) }), sollEmployer);
    expect(long.body.code).toBe('RULE_MAX_WEEKS');
    expect((await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, { endDate: inDays(30 + 7 * 16) }), employer)).status).toBe(201);

    const local = await app.api.post('/api/placement-types', {
      code: 'sommarpraktik_unga', kind: 'placement', nameSv: 'Sommarpraktik för unga', nameEn: 'Summer work practice for young people', nameAr: 'تدريب صيفي للشباب',
      paid: false, allowedSectors: ['public'], minWeeks: 2, maxWeeks: 6, validFrom: '2026-01-01', supervisorRequired: true,
    }, admin);
    expect(local.status).toBe(201);
    expect(local.body.local).toBe(true);
    expect((await app.api.post('/api/placement-types', { code: 'praktik', kind: 'placement', nameSv: 'x1', nameEn: 'x1', nameAr: 'x1', paid: false, allowedSectors: ['public'], validFrom: '2026-01-01' }, admin)).status).toBe(400);
    expect((await app.api.get('/api/placement-types', employer)).body.items.map((t: { code: string }) => t.code)).not.toContain('sommarpraktik_unga');
  });
});

describe('a placement is checked against its type', () => {
  it('accepts a praktik that keeps the rules, as a draft the employer sees at once', async () => {
    const r = await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId), employer);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'draft', kind: 'placement', ssyk: '5321', type: { code: 'praktik', paid: false }, site: { placeLabel: 'Rimbo' } });
    const mine = await app.api.get('/api/placements?status=draft', employer);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(r.body.id);
  });

  it.each([
    ['no supervisor for praktik', { supervisorId: undefined }, 'RULE_SUPERVISOR'],
    ['praktik longer than 26 weeks', { endDate: inDays(30 + 7 * 30) }, 'RULE_MAX_WEEKS'],
    ['praktik without an end date', { endDate: undefined }, 'RULE_END_DATE_REQUIRED'],
    ['instegsjobb after May 2018', { typeCode: 'instegsjobb' }, 'RULE_VALIDITY'],
    ['a municipal extra job offered by a private company', { typeCode: 'extratjanst_lokal' }, 'RULE_SECTOR'],
    ['yrkes-SFI that leaves no time for SFI', { typeCode: 'yrkes_sfi', fitsSfiAfternoon: false }, 'RULE_SFI_COMBINATION'],
    ['company sponsorship over 10 hours a week', { typeCode: 'foretagsfadderskap', hoursPerWeek: 20 }, 'RULE_MAX_HOURS'],
    ['a job track of two weeks (at least 4)', { typeCode: 'jobbspar', endDate: inDays(30 + 13) }, 'RULE_MIN_WEEKS'],
  ])('refuses %s with a code naming the rule, writing nothing', async (_name, over, code) => {
    const before = await placements();
    const r = await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, over), employer, 'en');
    expect({ status: r.status, code: r.body.code }).toEqual({ status: 422, code });
    expect(r.body.message.length).toBeGreaterThan(10);
    expect(r.body.details.length).toBeGreaterThan(0);
    expect(await placements()).toBe(before);
  });

  it('explains a broken rule with its numbers, in the caller language', async () => {
    const r = await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, { endDate: inDays(30 + 7 * 30) }), employer, 'sv');
    expect(r.body.message).toBe('För lång. Den här typen får vara högst 26 veckor.');
  });

  it.each([
    ['seats below 1', { seats: 0 }, 'seats'],
    ['end before start', { endDate: inDays(10) }, 'endDate'],
    ['an SSYK code that does not exist', { ssykCode: '0000', occupationNameId: undefined }, 'ssykCode'],
    ['an occupation name of another SSYK group', { ssykCode: '9111' }, 'occupationNameId'],
    ['a skill that does not exist', { requiredSkills: ['AAAA_BBB_CCC'] }, 'requiredSkills'],
    ['a licence class that does not exist', { licences: ['Q9'] }, 'licences'],
    ['an unknown type', { typeCode: 'slavjobb' }, 'typeCode'],
    ['a missing title', { title: undefined }, 'title'],
    ['an unknown field', { salaryNote: 'x' }, 'salaryNote'],
  ])('refuses %s with 400, writing nothing', async (_name, over, field) => {
    const before = await placements();
    const r = await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, over), employer);
    expect(r.status).toBe(400);
    expect(r.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await placements()).toBe(before);
  });

  it('refuses a site or supervisor of another employer', async () => {
    const other = await app.api.login('employer2@norrtalje.example');
    const [org2] = await app.sql<{ employer_id: string }>(`SELECT employer_id FROM app_user WHERE email = 'employer2@norrtalje.example'`);
    const theirs = await siteAndSupervisor(app, other, org2.employer_id);
    const before = await placements();
    const site = await app.api.post('/api/placements', praktikBody(theirs.siteId, ids.supervisorId), employer);
    expect(site.status).toBe(400);
    expect(site.body.details).toEqual([{ field: 'siteId', message: 'siteId: hör inte till er organisation' }]);
    expect((await app.api.post('/api/placements', praktikBody(ids.siteId, theirs.supervisorId), employer)).status).toBe(400);
    // Nor can an employer create for another organisation.
    expect((await app.api.post('/api/placements', { ...praktikBody(ids.siteId, ids.supervisorId), employerId: org2.employer_id }, employer)).status).toBe(404);
    expect(await placements()).toBe(before);
  });
});

describe('editing and status', () => {
  it('only the own employer (or its municipality) edits a placement; others get 404 and nothing changes', async () => {
    const created = (await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId), employer)).body;
    const other = await app.api.login('employer2@norrtalje.example');
    expect((await app.api.patch(`/api/placements/${created.id}`, { title: 'Kapad' }, other)).status).toBe(404);
    expect((await app.api.post(`/api/placements/${created.id}/status`, { status: 'open' }, other)).status).toBe(404);
    const sollentuna = await app.api.login('coach@sollentuna.example');
    expect((await app.api.patch(`/api/placements/${created.id}`, { title: 'Kapad' }, sollentuna)).status).toBe(404);
    const learner = await app.api.login('learner@norrtalje.example');
    expect((await app.api.get(`/api/placements/${created.id}`, learner)).status).toBe(404); // a draft
    expect((await app.api.patch(`/api/placements/${created.id}`, { title: 'X' }, learner)).status).toBe(403);
    const [row] = await app.sql<{ title: string }>('SELECT title FROM placement WHERE id = $1', [created.id]);
    expect(row.title).toBe(created.title);

    // An edit is checked against the rules as well.
    const tooLong = await app.api.patch(`/api/placements/${created.id}`, { endDate: inDays(400) }, employer);
    expect(tooLong.body.code).toBe('RULE_MAX_WEEKS');
    const renamed = await app.api.patch(`/api/placements/${created.id}`, { title: 'Praktik i hemtjänsten', translations: { en: { title: 'Work practice in home care' } } }, employer);
    expect(renamed.status).toBe(200);
    expect(renamed.body.translations.en.title).toBe('Work practice in home care');

    const coach = await app.api.login('coach@norrtalje.example');
    expect((await app.api.post(`/api/placements/${created.id}/status`, { status: 'open' }, coach)).body.status).toBe('open');
    expect((await app.api.get(`/api/placements/${created.id}`, learner)).status).toBe(200);
    const back = await app.api.post(`/api/placements/${created.id}/status`, { status: 'draft' }, employer, 'en');
    expect(back.status).toBe(409);
    expect(back.body).toEqual({ code: 'STATUS_CHANGE_NOT_ALLOWED', message: 'The status cannot change from open to draft.' });
    expect((await app.api.post(`/api/placements/${created.id}/status`, { status: 'filled' }, employer)).body.status).toBe('filled');
    expect((await app.api.post(`/api/placements/${created.id}/status`, { status: 'closed' }, employer)).body.status).toBe('closed');
    expect((await app.api.post(`/api/placements/${created.id}/status`, { status: 'open' }, employer)).status).toBe(409);
  });

  it('a newcomer sees an open placement without supervisor or contact details', async () => {
    const created = (await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, { status: 'open' }), employer)).body;
    const learner = await app.api.login('learner@norrtalje.example');
    const seen = await app.api.get(`/api/placements/${created.id}`, learner);
    expect(seen.status).toBe(200);
    expect(seen.body.supervisorId).toBeUndefined();
    expect(seen.body.contactUserId).toBeUndefined();
    expect(seen.body.employer.status).toBeUndefined();
  });

  it('a job track bundles ordered steps and approved partner employers of the same municipality', async () => {
    const coach = await app.api.login('coach@norrtalje.example');
    const body = {
      typeCode: 'jobbspar', employerId: DEMO.norrtalje.employerOrg, title: 'Jobbspår undersköterska', ssykCode: '5321',
      hoursPerWeek: 40, startDate: inDays(60), endDate: inDays(60 + 7 * 40), seats: 10, status: 'open',
      steps: [
        { stepKind: 'yrkes_sfi', title: 'Yrkes-SFI vård', weeks: 10 },
        { stepKind: 'course', title: 'Vård- och omsorgsutbildning', weeks: 20 },
        { stepKind: 'praktik', title: 'Praktik på ett äldreboende', weeks: 8 },
        { stepKind: 'interview', title: 'Garanterad intervju' },
        { stepKind: 'job', title: 'Anställning som undersköterska' },
      ],
      partnerEmployerIds: [DEMO.norrtalje.employerOrg],
    };
    const r = await app.api.post('/api/placements', body, coach);
    expect(r.status).toBe(201);
    expect(r.body.kind).toBe('jobTrack');
    expect(r.body.steps.map((s: { position: number; stepKind: string }) => `${s.position}:${s.stepKind}`)).toEqual(['1:yrkes_sfi', '2:course', '3:praktik', '4:interview', '5:job']);
    expect(r.body.partners.map((p: { id: string }) => p.id)).toEqual([DEMO.norrtalje.employerOrg]);
    expect((await app.api.post('/api/placements', { ...body, partnerEmployerIds: [DEMO.sollentuna.employerOrg] }, coach)).status).toBe(400);
    expect((await app.api.post('/api/placements', { ...praktikBody(ids.siteId, ids.supervisorId), steps: body.steps }, employer)).status).toBe(400);
  });
});
