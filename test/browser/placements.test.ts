import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, inDays } from '../support/placements';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const login = (page: Page, email: string) => loginAs(page, app.baseUrl, email);

it('a newcomer on a phone searches in Arabic, filters by SFI course and opens a placement', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'learner@norrtalje.example');
  await page.getByTestId('language-switch').selectOption('ar');
  await page.goto(`${app.baseUrl}/placements?q=${encodeURIComponent('ممرضة')}`);
  const cards = page.getByTestId('result-card');
  await cards.first().waitFor();
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await cards.count()).toBeGreaterThan(0);
  expect(await page.getByTestId('result-count').textContent()).toMatch(/\d/);
  // Occupation fields are named in Arabic, marked as Arabic (JobTech's labels are Swedish).
  const health = page.locator('[data-testid="filter-field"] option[value="NYW6_mP6_vwf"]');
  expect(await health.textContent()).toBe('الرعاية الصحية');
  expect(await health.getAttribute('lang')).toBe('ar');
  // Filters fold away on a phone; open them and say which SFI course the learner reads.
  const panel = page.locator('details:has([data-testid="filter-sfi"])');
  if ((await panel.count()) && !(await panel.first().getAttribute('open'))) await panel.first().locator('summary').click();
  const filtered = page.waitForResponse((r) => r.url().includes('/api/placements/search') && r.url().includes('sfiCourse=D'));
  await page.getByTestId('filter-sfi').selectOption('D');
  await page.waitForURL(/sfiCourse=D/);
  const answer = await (await filtered).json();
  expect(answer.hits.length).toBeGreaterThan(0);
  const first = page.locator(`[data-testid="result-card"][data-id="${answer.hits[0].id}"]`);
  await first.waitFor();
  const id = await first.getAttribute('data-id');
  await first.locator('a').first().click();
  await page.waitForURL(new RegExp(`/placements/${id}`));
  await page.getByTestId('placement-title').waitFor();
  expect((await page.getByTestId('placement-title').textContent())!.length).toBeGreaterThan(3);
  await page.close();
});

it('an employer writes a placement in the editor; the type’s rules are checked before sending; a newcomer then finds it', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'employer@norrtalje.example');
  await page.goto(`${app.baseUrl}/employer/placements/new`);
  await page.getByTestId('placement-type').selectOption('praktik');
  await page.getByTestId('placement-title').fill('Praktik i köket på Rimbo äldreboende');
  await page.getByTestId('occupation-search').fill('kock');
  await page.getByTestId('occupation-hit').first().click();
  await page.getByTestId('placement-site').selectOption({ index: 1 });
  await page.getByTestId('placement-start').fill(inDays(20));
  await page.getByTestId('placement-hours').fill('20');
  await page.getByTestId('placement-seats').fill('1');
  // Praktik needs an end date and a supervisor: the rules say so before anything is sent.
  await page.getByTestId('rule-broken').first().waitFor();
  const broken = await page.getByTestId('rule-broken').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
  expect(broken).toEqual(expect.arrayContaining(['endDateRequired', 'supervisor']));
  await page.getByTestId('placement-supervisor').selectOption({ index: 1 });
  await page.getByTestId('placement-end').fill(inDays(20 + 55));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="rule-broken"]').length === 0);
  await page.getByTestId('placement-publish').click();
  await page.waitForURL(/\/employer\/placements(\?|$)/);
  await page.getByTestId('placement-row').filter({ hasText: 'Praktik i köket på Rimbo äldreboende' }).waitFor();

  await flushSearch(app);
  const learner = await app.api.login('learner@norrtalje.example');
  const found = await app.api.get(`/api/placements/search?q=${encodeURIComponent('köket Rimbo äldreboende')}`, learner);
  expect(found.body.hits.map((h: { title: string }) => h.title)).toContain('Praktik i köket på Rimbo äldreboende');
  await page.close();
});

it('a coach approves a new employer from the approvals queue', async () => {
  const reg = await app.api.post('/api/employers/register', {
    municipalityCode: '0188', name: 'Grisslehamns Fisk AB', organisationNumber: '5560160680', sector: 'private', municipalOwn: false,
    contactName: 'Frida Fisk', email: 'frida@fisk.example', password: 'ett-bra-losenord', locale: 'sv',
  });
  expect(reg.status).toBe(201);
  const mail = await app.catcher.waitFor((m) => m.to.includes('frida@fisk.example'));
  const token = /\/verify-email\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  // The contact confirms through the web page the mail links to.
  const contact = await browser.newPage();
  await contact.goto(`${app.baseUrl}/verify-email/${token}`);
  await contact.waitForURL(/\/employer\/organisation/);
  await contact.close();

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'coach@norrtalje.example');
  await page.goto(`${app.baseUrl}/staff/employers`);
  const row = page.getByTestId('employer-row').filter({ hasText: 'Grisslehamns Fisk AB' });
  await row.waitFor();
  await row.locator('a').first().click();
  await page.getByTestId('approve-button').click();
  await page.getByTestId('decision-message').filter({ hasText: /./ }).waitFor();
  const [e] = await app.sql<{ status: string }>(`SELECT status FROM employer WHERE id = $1`, [reg.body.employerId]);
  expect(e.status).toBe('approved');
  await page.close();
});

it('an admin sets the municipality’s own length limit for praktik on the types page', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'admin@norrtalje.example');
  await page.goto(`${app.baseUrl}/admin/placement-types`);
  const row = page.locator('[data-testid="type-row"][data-code="praktik"]');
  await row.waitFor();
  await row.getByTestId('type-edit').click();
  await page.getByTestId('type-max-weeks').fill('12');
  await page.getByTestId('type-source').fill('Beslut i arbetsmarknadsnämnden');
  await page.getByTestId('type-save').click();
  await page.getByTestId('type-saved').waitFor();
  await page.locator('[data-testid="type-row"][data-code="praktik"] [data-testid="type-local"]').waitFor();
  const admin = await app.api.login('admin@norrtalje.example');
  const praktik = (await app.api.get('/api/placement-types', admin)).body.items.find((t: { code: string }) => t.code === 'praktik');
  expect(praktik).toMatchObject({ local: true, maxWeeks: 12, source: 'Beslut i arbetsmarknadsnämnden' });
  const other = await app.api.login('admin@sollentuna.example');
  expect((await app.api.get('/api/placement-types', other)).body.items.find((t: { code: string }) => t.code === 'praktik').maxWeeks).toBe(26);
  await page.close();
});

it('a coach changes a job track from the staff list and adds a partner employer found by typing its name', async () => {
  const coach = await app.api.login('coach@norrtalje.example');
  const tracks = (await app.api.get('/api/placements?kind=jobTrack&status=open&limit=10', coach)).body.items as { id: string; employerId: string }[];
  expect(tracks.length).toBeGreaterThan(0);
  const track = tracks[0];
  const before = (await app.api.get(`/api/placements/${track.id}`, coach)).body as { partners: { id: string }[] };
  // A partner beyond the first page of employers: the picker must ask the API, not filter a short list.
  const all = (await app.api.get('/api/employers?status=approved&limit=100', coach)).body.items as { id: string; name: string }[];
  const first = new Set(all.slice(0, 20).map((e) => e.id));
  const partner = all.find((e) => !first.has(e.id) && e.id !== track.employerId && !before.partners.some((p) => p.id === e.id))!;
  expect(partner).toBeDefined();

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'coach@norrtalje.example');
  await page.goto(`${app.baseUrl}/staff/placements?kind=jobTrack`);
  await page.locator(`[data-testid="placement-row"][data-id="${track.id}"] [data-testid="placement-edit"]`).click();
  await page.waitForURL(new RegExp(`/staff/placements/${track.id}/edit`));
  const picker = page.getByTestId('partner-picker');
  await picker.waitFor();
  await picker.locator('input[type="search"]').fill(partner.name.slice(0, 12));
  const option = picker.locator('label', { hasText: partner.name });
  await option.waitFor();
  await option.click();
  await page.getByTestId('placement-publish').click();
  await page.waitForURL(new RegExp(`/staff/employers/${track.employerId}`));
  const after = (await app.api.get(`/api/placements/${track.id}`, coach)).body as { partners: { id: string }[] };
  expect(after.partners.map((p) => p.id).sort()).toEqual([...before.partners.map((p) => p.id), partner.id].sort());
  await page.close();
});
