import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

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
const ARABIC = '3iEY_RGP_qXq';

/** The Swedish part and the learner-language part of one question of the interview. */
async function question(page: Page, key: string) {
  const box = page.locator(`[data-question="${key}"]`).first();
  await box.waitFor();
  const sv = box.locator('.bi-question__text [data-testid="bi-primary"]').first();
  const other = box.locator('.bi-question__text [data-testid="bi-other"]').first();
  return {
    sv: { text: (await sv.textContent())!.trim(), lang: await sv.getAttribute('lang'), dir: await sv.getAttribute('dir'), box: (await sv.boundingBox())! },
    other: { text: (await other.textContent())!.trim(), lang: await other.getAttribute('lang'), dir: await other.getAttribute('dir'), box: (await other.boundingBox())! },
  };
}

it('a coach maps a new learner in Swedish and Arabic side by side; the answers are stored and the summary shows both languages', async () => {
  const coach = await app.api.login('coach@norrtalje.example');
  const created = await app.api.post('/api/learners', { firstName: 'Layla', lastName: 'Haddad', birthYear: 1991, preferredLanguages: ['ar'] }, coach);
  expect(created.status).toBe(201);
  const id: string = created.body.id;

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'coach@norrtalje.example');
  await page.goto(`${app.baseUrl}/coach/learners/${id}/interview`);
  await page.getByTestId('interview-heading').waitFor();
  // The learner's first preferred language is chosen, and the translation is marked as not reviewed.
  expect(await page.getByTestId('interview-language').inputValue()).toBe('ar');
  await page.getByTestId('review-note').waitFor();

  // A question in Swedish and the same question in Arabic, right to left, beside it.
  const first = await question(page, 'q.preferredLanguages');
  expect(first.sv).toMatchObject({ text: 'Vilka språk vill du använda när vi pratar med dig?', lang: 'sv', dir: 'ltr' });
  expect(first.other).toMatchObject({ text: 'ما هي اللغات التي تريد أن نستخدمها عندما نتحدث معك؟', lang: 'ar', dir: 'rtl' });
  expect(Math.abs(first.sv.box.y - first.other.box.y)).toBeLessThan(8);
  expect(first.other.box.x).toBeGreaterThan(first.sv.box.x + first.sv.box.width - 1);

  // The languages step: Arabic, mother tongue.
  await page.locator('[data-testid="interview-progress"] button[data-step="languages"]').click();
  await page.locator('[data-testid="interview-step"][data-step="languages"]').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-languages');
  const language = await question(page, 'q.language');
  expect(language.sv.text).toBe('Vilket språk kan du?');
  expect(language.other).toMatchObject({ text: 'ما هي اللغة التي تعرفها؟', dir: 'rtl', lang: 'ar' });
  await page.locator(`[data-testid="language-choice"] input[data-value="${ARABIC}"]`).check();
  await page.locator('[data-testid="language-level"] input[data-value="native"]').check();
  await page.getByTestId('language-add').click();
  await page.getByTestId('language-items').getByTestId('profile-item').first().waitFor();
  expect(await page.getByTestId('language-items').textContent()).toContain('اللغة الأم');

  // The SFI step: study path 2 (saved when moving on) and a course going on.
  await page.getByTestId('interview-next').click();
  await page.locator('[data-testid="interview-step"][data-step="sfi"]').waitFor();
  await page.locator('[data-testid="iv-study-path"] input[data-value="2"]').check();
  await page.locator('[data-testid="sfi-course"] input[data-value="B"]').check();
  await page.getByTestId('sfi-start').fill('2025-08-18');
  await page.locator('[data-testid="sfi-result"] input[data-value="continuing"]').check();
  await page.getByTestId('sfi-course-add').click();
  await page.getByTestId('sfi-items').getByTestId('profile-item').first().waitFor();
  await page.getByTestId('interview-next').click();
  await page.locator('[data-testid="interview-step"][data-step="availability"]').waitFor();
  await page.getByTestId('iv-hours').fill('30');
  await page.locator('[data-testid="iv-travel-modes"] input[data-value="public_transport"]').check();
  await page.getByTestId('interview-next').click();
  await page.locator('[data-testid="interview-step"][data-step="interests"]').waitFor();

  const stored = await app.api.get(`/api/learners/${id}`, coach);
  expect(stored.body.languages).toEqual([expect.objectContaining({ languageId: ARABIC, level: 'native', enteredByRole: 'coach' })]);
  expect(stored.body.sfiStudyPath).toBe(2);
  expect(stored.body).toMatchObject({ hoursPerWeek: 30, travelModes: ['public_transport'] });
  expect(stored.body.sfiCourses).toEqual([expect.objectContaining({ course: 'B', startDate: '2025-08-18', result: 'continuing', endDate: null })]);
  // The interview read the profile for the mapping, and the audit log says so.
  const reads = await app.sql<{ reason: string }>(`SELECT reason FROM audit_event WHERE subject_id = $1 AND action = 'learner.read'`, [id]);
  expect(reads.map((r) => r.reason)).toContain('mapping');

  // The summary shows every answer in Swedish and in Arabic, each column with its own direction.
  await page.getByTestId('interview-summary-link').click();
  await page.getByTestId('summary').waitFor();
  const row = page.locator('[data-testid="summary-row"][data-label="q.language"]');
  await row.waitFor();
  const sv = row.getByTestId('summary-primary');
  const ar = row.getByTestId('summary-other');
  expect(await sv.getAttribute('dir')).toBe('ltr');
  expect(await ar.getAttribute('dir')).toBe('rtl');
  expect(await ar.getAttribute('lang')).toBe('ar');
  expect(await sv.textContent()).toContain('Arabiska');
  expect(await sv.textContent()).toContain('Modersmål');
  expect(await ar.textContent()).toContain('العربية');
  expect(await ar.textContent()).toContain('اللغة الأم');
  const path = page.locator('[data-testid="summary-row"][data-label="q.sfiStudyPath"]');
  expect(await path.getByTestId('summary-primary').textContent()).toContain('Studieväg 2');
  expect(await path.getByTestId('summary-other').textContent()).toContain('المسار الدراسي 2');
  // On paper the app's header and the controls are gone.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  expect(await page.getByTestId('summary-print').isVisible()).toBe(false);
  expect(await row.isVisible()).toBe(true);
  await page.close();
});

/** The demo newcomer's profile id; links one to the login when the seed has not (yet). */
async function ownProfileId(token: string): Promise<string> {
  const mine = await app.api.get('/api/learners/me', token);
  if (mine.status === 200) return mine.body.id;
  expect(mine.status).toBe(404);
  const [user] = await app.sql<{ id: string; tenant_code: string; coach_id: string | null }>(
    `SELECT id, tenant_code, coach_id FROM app_user WHERE email = 'learner@norrtalje.example'`,
  );
  const [row] = await app.sql<{ id: string }>(
    `INSERT INTO learner (tenant_code, user_id, coach_id, first_name, last_name, birth_year, preferred_languages) VALUES ($1, $2, $3, 'Amina', 'Hassan', 1990, '{ar}') RETURNING id`,
    [user.tenant_code, user.id, user.coach_id],
  );
  return row.id;
}

it('the newcomer withdraws sharing on a phone, at once, and downloads all their data', async () => {
  const token = await app.api.login('learner@norrtalje.example');
  const id = await ownProfileId(token);
  const firstName: string = (await app.api.get('/api/learners/me', token)).body.firstName;
  expect((await app.api.post(`/api/learners/${id}/privacy/consents`, { purpose: 'share_with_employers', given: true, language: 'sv' }, token)).status).toBe(200);

  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  await login(page, 'learner@norrtalje.example');
  await page.goto(`${app.baseUrl}/me/privacy`);
  const sharing = page.locator('[data-testid="consent-card"][data-purpose="share_with_employers"]');
  await sharing.waitFor();
  expect(await sharing.getAttribute('data-given')).toBe('true');
  await sharing.getByTestId('consent-withdraw').click();
  await page.locator('[data-testid="consent-card"][data-purpose="share_with_employers"][data-given="false"]').waitFor();
  await sharing.getByTestId('consent-saved').filter({ hasText: /./ }).waitFor();
  // The history shows the new answer first, and nothing on the page is wider than the phone.
  const newest = page.getByTestId('consent-history-row').first();
  expect([await newest.getAttribute('data-purpose'), await newest.getAttribute('data-given')]).toEqual(['share_with_employers', 'false']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const consents = await app.api.get(`/api/learners/${id}/privacy/consents`, token);
  const state = consents.body.states.find((s: { purpose: string }) => s.purpose === 'share_with_employers');
  expect(state).toMatchObject({ given: false, recordedByRole: 'newcomer', textVersion: expect.any(String) });
  // The interface follows the account's language (Arabic): the withdrawal records it.
  expect(state.language).toBe(await page.getAttribute('html', 'lang'));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-data').click()]);
  expect(download.suggestedFilename()).toMatch(/^jobbrygga-mina-uppgifter-\d{4}-\d{2}-\d{2}\.json$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(data.profile.firstName).toBe(firstName);
  expect(data.consents.states.find((s: { purpose: string }) => s.purpose === 'share_with_employers').given).toBe(false);

  // The same data as a page to read and print.
  await page.getByTestId('readable-data').click();
  await page.getByTestId('my-data').waitFor();
  expect(await page.getByTestId('my-data').textContent()).toContain(firstName);
  await page.close();
});

it('the newcomer corrects their hours and adds a language, which stays self-reported; their plan shows the steps', async () => {
  const token = await app.api.login('learner@norrtalje.example');
  const id = await ownProfileId(token);
  // A common language the demo learner has not given yet (Somali, Tigrinya, Amharic, Kurdish).
  const known: string[] = (await app.api.get('/api/learners/me', token)).body.languages.map((l: { languageId: string }) => l.languageId);
  const language = ['F6dn_vX1_Qnm', 'nPzh_1oc_EKz', 'EMhG_wnR_hYP', 'JxfJ_kyR_CQZ'].find((concept) => !known.includes(concept))!;

  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'learner@norrtalje.example');
  await page.getByTestId('language-switch').selectOption('sv');
  await page.goto(`${app.baseUrl}/me/profile`);
  await page.getByTestId('edit-availability').click();
  // Focus moves into the form that opened.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('me-available');
  await page.getByTestId('me-hours').fill('25');
  await page.getByTestId('save-availability').click();
  await page.getByTestId('edit-availability').waitFor();

  await page.getByTestId('me-add-language').click();
  const before = await page.getByTestId('me-language-items').getByTestId('profile-item').count();
  await page.locator(`[data-testid="language-choice"] input[data-value="${language}"]`).check();
  await page.locator('[data-testid="language-level"] input[data-value="A2"]').check();
  await page.getByTestId('language-add').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="me-language-items"] [data-testid="profile-item"]').length === n + 1, before);

  const mine = (await app.api.get('/api/learners/me', token)).body;
  expect(mine.hoursPerWeek).toBe(25);
  expect(mine.languages.find((l: { languageId: string }) => l.languageId === language)).toMatchObject({ level: 'A2', verification: 'self_reported', enteredByRole: 'newcomer' });

  await page.goto(`${app.baseUrl}/me/plan`);
  await page.getByTestId('plan-view').waitFor();
  const plan = (await app.api.get(`/api/learners/${id}/plan`, token)).body;
  if (plan.exists) expect(await page.getByTestId('plan-step').count()).toBe(plan.steps.length);
  else await page.getByTestId('plan-none').waitFor();
  await page.close();
});

it('the newcomer asks for erasure and then sees the request waiting, with no button to ask again', async () => {
  const token = await app.api.login('learner@norrtalje.example');
  const id = await ownProfileId(token);

  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'learner@norrtalje.example');
  await page.goto(`${app.baseUrl}/me/privacy`);
  await page.getByTestId('erasure-request').click();
  await page.getByTestId('erasure-pending').waitFor();
  await page.getByTestId('erasure-status').filter({ hasText: /./ }).waitFor();
  expect(await page.getByTestId('erasure-request').count()).toBe(0);
  expect((await app.api.get(`/api/learners/${id}/privacy/erasure-requests`, token)).body).toEqual([expect.objectContaining({ status: 'requested', decidedAt: null })]);

  // Coming back later, the page still shows the request waiting.
  await page.reload();
  await page.getByTestId('erasure-pending').waitFor();
  expect(await page.getByTestId('erasure-request').count()).toBe(0);
  await page.close();
});
