import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { reportTexts } from '@jobbrygga/domain';
import { launchBrowser, loginAs } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let browser: Browser;
const NAME = 'Webbtest: 10 påbörjade platser i år';
const year = new Date().getFullYear();
const sv = reportTexts('sv');

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const login = (page: Page, email: string) => loginAs(page, app.baseUrl, email);

it('an admin adds a target through the form, sees its progress, finds it on the report page and downloads the report as CSV', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  await login(page, 'admin@norrtalje.example');

  // 1. The targets page: a new target counting placements started this year, value 10.
  await page.goto(`${app.baseUrl}/admin/targets`);
  await page.getByTestId('target-new').click();
  await page.getByTestId('target-name-input').fill(NAME);
  await page.getByTestId('target-kind').selectOption('placements_started');
  // The kind's definition is the help text of the select.
  const kindHint = await page.getByTestId('target-kind').getAttribute('aria-describedby');
  expect(await page.locator(`#${kindHint}`).textContent()).toContain(sv.targetKinds.placements_started.definition);
  await page.getByTestId('target-start').fill(`${year}-01-01`);
  await page.getByTestId('target-end').fill(`${year}-12-31`);
  await page.getByTestId('target-owner').fill('Arbetsmarknadsnämnden');
  await page.getByTestId('target-baseline').fill('0');
  await page.getByTestId('target-value-input').fill('10');
  // Filters the kind reads are shown; placements_started reads types, own organisations and field.
  await page.getByTestId('target-types').waitFor();
  await page.getByTestId('target-own').waitFor();
  await page.getByTestId('target-save').click();
  await page.getByTestId('target-notice').filter({ hasText: NAME }).waitFor();

  const card = page.locator('[data-testid="target-card"]').filter({ has: page.getByTestId('target-name').filter({ hasText: NAME }) });
  await card.waitFor();
  expect((await card.getByTestId('target-value').textContent())!.trim()).toBe('10');
  expect((await card.getByTestId('target-pace').textContent())!.trim()).not.toBe('');
  expect(await card.getByTestId('target-actual').textContent()).toMatch(/\d|\.\./);
  await card.getByTestId('target-chart').waitFor();
  expect(await card.getByTestId('target-chart').getAttribute('role')).toBe('img');
  expect(await card.getByTestId('target-series').locator('tbody tr').count()).toBeGreaterThan(0);

  const token = await app.api.login('admin@norrtalje.example');
  const listed = await app.api.get('/api/targets', token);
  expect(listed.status).toBe(200);
  const mine = (listed.body.items as { target: { id: string; name: string; kind: string; value: number; periodStart: string } }[]).find((item) => item.target.name === NAME);
  expect(mine?.target).toMatchObject({ kind: 'placements_started', value: 10, periodStart: `${year}-01-01` });

  // 2. The report page: the same target as a card, and the table by type with its caption.
  await page.goto(`${app.baseUrl}/reports`);
  const reportCard = page.locator(`[data-testid="target-card"][data-id="${mine!.target.id}"]`);
  await reportCard.waitFor();
  expect(await reportCard.getByTestId('target-name').textContent()).toContain(NAME);
  const byType = page.locator('[data-testid="report-table"][data-id="byType"]');
  await byType.waitFor();
  expect((await byType.locator('caption').textContent())!.trim()).toBe(sv.tables.byType.title);
  expect(await byType.locator('thead').textContent()).toContain(sv.columns.women);
  expect(await page.getByTestId('report-alerts').getAttribute('role')).toBe('status');

  // 3. The CSV download: a UTF-8 file with a BOM (for Excel) that names the target.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const file = fs.readFileSync((await download.path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(file.toString('utf8')).toContain(NAME);
  await page.getByTestId('report-downloaded').filter({ hasText: /\.csv/ }).waitFor();

  // 4. In Arabic the page runs right to left without spilling sideways.
  await page.getByTestId('language-switch').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.locator('[data-testid="report-table"][data-id="byType"] caption').filter({ hasText: reportTexts('ar').tables.byType.title }).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.close();
});

it('a newcomer cannot reach the report page', async () => {
  const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
  await login(page, 'learner@norrtalje.example');
  await page.goto(`${app.baseUrl}/reports`);
  await page.getByTestId('not-allowed').waitFor();
  expect(await page.getByTestId('report-table').count()).toBe(0);
  expect(await page.getByTestId('target-card').count()).toBe(0);
  const token = await app.api.login('learner@norrtalje.example');
  expect((await app.api.get(`/api/reports/dashboard?from=${year}-01-01&to=${year}-12-31`, token)).status).toBe(403);
  await page.close();
});
