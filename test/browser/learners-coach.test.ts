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

/** A calendar day `days` from today (negative: before), YYYY-MM-DD in Swedish time. */
function day(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

it('a coach opens a new learner, maps SFI and a language with who entered them, then writes the career plan and a follow-up', async () => {
  const token = await app.api.login('coach@norrtalje.example');
  const languages = (await app.api.get('/api/reference/languages?q=arabiska&limit=5')).body.items as { conceptId: string; labelSv: string }[];
  const arabic = languages.find((l) => l.labelSv.toLowerCase() === 'arabiska') ?? languages[0];
  expect(arabic).toBeDefined();

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'coach@norrtalje.example');

  // The caseload links to a new profile.
  await page.goto(`${app.baseUrl}/coach/learners`);
  await page.getByTestId('new-learner-link').click();
  await page.waitForURL(/\/coach\/learners\/new$/);
  await page.getByTestId('learner-new-first-name').fill('Hawa');
  await page.getByTestId('learner-new-last-name').fill('Abdi');
  await page.getByTestId('learner-new-birth-year').fill('1991');
  await page.getByTestId('learner-new-gender').getByLabel('Kvinna').check();
  await page.getByTestId('learner-new-languages').getByLabel('Somaliska').check();
  const homePlace = page.getByTestId('learner-new-home-place');
  await homePlace.locator('option:nth-child(2)').waitFor({ state: 'attached' });
  await homePlace.selectOption({ index: 1 });
  await page.getByTestId('learner-new-submit').click();
  await page.waitForURL(/\/coach\/learners\/[0-9a-f-]{36}$/);
  const learnerId = /\/coach\/learners\/([0-9a-f-]{36})$/.exec(page.url())![1];
  await page.getByTestId('learner-name').filter({ hasText: 'Hawa Abdi' }).waitFor();

  // An SFI course, as the learner told it (self-reported).
  await page.getByTestId('sfi-courses-add').click();
  await page.getByTestId('sfi-courses-course').selectOption('C');
  await page.getByTestId('sfi-courses-startDate').fill(day(-60));
  await page.getByTestId('sfi-courses-result').selectOption('continuing');
  await page.getByTestId('sfi-courses-save').click();
  const course = page.getByTestId('item-sfi-courses');
  await course.waitFor();
  expect(await course.getByTestId('item-verification').getAttribute('data-verification')).toBe('self_reported');
  expect(await course.getByTestId('item-entered-by').textContent()).toContain('Johan Ekström');

  // A language the coach checked (verified at once).
  await page.getByTestId('languages-add').click();
  await page.getByTestId('languages-languageId').selectOption(arabic.conceptId);
  await page.getByTestId('languages-level').selectOption('native');
  await page.getByTestId('languages-verified').check();
  await page.getByTestId('languages-save').click();
  const language = page.getByTestId('item-languages');
  await language.waitFor();
  expect(await language.getByTestId('item-verification').getAttribute('data-verification')).toBe('verified');
  expect(await language.getByTestId('item-entered-by').textContent()).toContain('Johan Ekström');

  // The coach later sees the course certificate: mark it verified.
  await course.getByTestId('sfi-courses-verify').click();
  await page.locator('[data-testid="item-sfi-courses"] [data-verification="verified"]').waitFor();

  // The same language twice is refused by the API, and the form says so beside the field.
  await page.getByTestId('languages-add').click();
  await page.getByTestId('languages-languageId').selectOption(arabic.conceptId);
  await page.getByTestId('languages-level').selectOption('B1');
  await page.getByTestId('languages-save').click();
  await page.getByTestId('languages-error').filter({ hasText: /./ }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('languages-languageId');

  // The career plan: a goal occupation, the hours, two steps put in order, and a follow-up.
  await page.getByTestId('link-plan').click();
  await page.waitForURL(new RegExp(`/coach/learners/${learnerId}/plan$`));
  await page.getByTestId('plan-missing').waitFor();
  await page.getByTestId('goal-occupation-search').fill('undersköterska');
  await page.getByTestId('goal-occupation-search-hit').first().click();
  await page.getByTestId('goal-occupation').first().waitFor();
  await page.getByTestId('goal-text').fill('Arbeta inom vården');
  await page.getByTestId('plan-hours').fill('40');
  await page.getByTestId('goals-save').click();
  await page.getByTestId('plan-steps').waitFor();

  await page.getByTestId('step-kind').selectOption('praktik');
  await page.getByTestId('step-title').fill('Praktik på Rimbo vårdboende');
  await page.getByTestId('step-hours').fill('20');
  await page.getByTestId('step-save').click();
  await page.getByTestId('plan-step').filter({ hasText: 'Praktik på Rimbo vårdboende' }).waitFor();
  await page.getByTestId('step-kind').selectOption('sfi');
  await page.getByTestId('step-title').fill('Sfi kurs C');
  await page.getByTestId('step-hours').fill('15');
  await page.getByTestId('step-status').selectOption('ongoing');
  await page.getByTestId('step-save').click();
  const sfiStep = page.getByTestId('plan-step').filter({ hasText: 'Sfi kurs C' });
  await sfiStep.waitFor();
  // SFI first: move it up.
  await sfiStep.getByTestId('step-up').click();
  await page.locator('[data-testid="plan-step"]:first-child', { hasText: 'Sfi kurs C' }).waitFor();

  await page.getByTestId('follow-up-date').fill(day(0));
  await page.getByTestId('follow-up-attendance').getByLabel('Kom', { exact: true }).check();
  await page.getByTestId('follow-up-notes').fill('Går bra på sfi. Vill börja praktik i vår.');
  await page.getByTestId('follow-up-language').selectOption('better');
  await page.getByTestId('follow-up-save').click();
  await page.getByTestId('follow-up-saved').filter({ hasText: /./ }).waitFor();
  await page.getByTestId('follow-up-row').waitFor();

  // The next meeting: a day in the past is refused in the browser; two weeks ahead is booked.
  await page.getByTestId('next-follow-up').waitFor();
  expect(await page.getByTestId('next-follow-up').getAttribute('data-date')).toBe('');
  await page.getByTestId('booking-date').fill(day(-1));
  await page.getByTestId('booking-save').click();
  await page.locator('[data-testid="booking-date"][aria-invalid="true"]').waitFor();
  await page.getByTestId('booking-date').fill(day(14));
  await page.getByTestId('booking-save').click();
  await page.locator(`[data-testid="next-follow-up"][data-date="${day(14)}"]`).waitFor();
  await page.getByTestId('booking-saved').filter({ hasText: /./ }).waitFor();

  // Everything is stored.
  const profile = (await app.api.get(`/api/learners/${learnerId}`, token)).body;
  expect(profile).toMatchObject({ firstName: 'Hawa', lastName: 'Abdi', birthYear: 1991, gender: 'female', preferredLanguages: ['so'], coach: { name: 'Johan Ekström' } });
  expect(profile.homePlaceId).toMatch(/^0188-/);
  expect(profile.sfiCourses).toEqual([expect.objectContaining({ course: 'C', result: 'continuing', startDate: day(-60), verification: 'verified', enteredByName: 'Johan Ekström' })]);
  expect(profile.languages).toEqual([expect.objectContaining({ languageId: arabic.conceptId, level: 'native', verification: 'verified' })]);
  expect(profile.currentSfiCourse).toBe('C');

  const plan = (await app.api.get(`/api/learners/${learnerId}/plan`, token)).body;
  expect(plan.exists).toBe(true);
  expect(plan.goalSsyk).toHaveLength(1);
  expect(plan.goalText).toBe('Arbeta inom vården');
  expect(plan.steps.map((s: { title: string }) => s.title)).toEqual(['Sfi kurs C', 'Praktik på Rimbo vårdboende']);
  expect(plan.steps[0]).toMatchObject({ kind: 'sfi', status: 'ongoing', hoursPerWeek: 15 });
  expect(plan.followUps).toEqual([
    expect.objectContaining({ heldOn: day(0), attendance: 'attended', notes: 'Går bra på sfi. Vill börja praktik i vår.', progress: { language: 'better', work: null, housing: null } }),
  ]);
  expect(plan.nextFollowUpOn).toBe(day(14));

  // The caseload shows the learner with the next step.
  await page.goto(`${app.baseUrl}/coach/learners?q=${encodeURIComponent('Hawa Abdi')}`);
  const row = page.locator(`[data-testid="caseload-row"][data-id="${learnerId}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('Sfi kurs C');
  await page.close();
});

it('an admin approves a learner’s erasure request only after giving a reason and confirming', async () => {
  const coach = await app.api.login('coach@norrtalje.example');
  const created = await app.api.post('/api/learners', { firstName: 'Erik', lastName: 'Raderas', birthYear: 1985 }, coach);
  expect(created.status).toBe(201);
  const learnerId = created.body.id as string;
  const requested = await app.api.post(`/api/learners/${learnerId}/privacy/erasure-request`, { text: 'Jag flyttar och vill att ni tar bort allt.' }, coach);
  expect(requested.status).toBe(201);

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'admin@norrtalje.example');
  await page.goto(`${app.baseUrl}/admin/erasure-requests`);
  const request = page.locator(`[data-testid="erasure-request"][data-id="${requested.body.id}"]`);
  await request.waitFor();
  await request.getByTestId('erasure-approve').click();
  await request.getByTestId('erasure-warning').waitFor();
  // Too short a reason: refused in the browser, nothing sent.
  await request.getByTestId('erasure-reason').fill('ok');
  await request.getByTestId('erasure-continue').click();
  await request.locator('[aria-invalid="true"]').waitFor();
  await request.getByTestId('erasure-reason').fill('Begäran från deltagaren, kontrollerad.');
  await request.getByTestId('erasure-continue').click();
  await request.getByTestId('erasure-confirm-step').waitFor();
  expect((await app.api.get(`/api/learners/${learnerId}`, coach)).status).toBe(200);
  await request.getByTestId('erasure-confirm').click();
  await page.getByTestId('erasure-done').filter({ hasText: /./ }).waitFor();
  await page.locator(`[data-testid="erasure-request"][data-id="${requested.body.id}"][data-status="approved"]`).waitFor();
  expect((await app.api.get(`/api/learners/${learnerId}`, coach)).status).toBe(404);
  await page.close();
});

it('an admin hands a leaving coach’s caseload over to another coach', async () => {
  const admin = await app.api.login('admin@norrtalje.example');
  const coaches = (await app.api.get('/api/users?role=coach&limit=50', admin)).body.items as { id: string; displayName: string }[];
  const leaving = coaches.find((c) => c.displayName === 'Sara Nilsson')!;
  const taking = coaches.find((c) => c.displayName === 'Johan Ekström')!;
  for (const firstName of ['Nadia', 'Omar']) {
    expect((await app.api.post('/api/learners', { firstName, lastName: 'Överlämnad', birthYear: 1988, coachId: leaving.id }, admin)).status).toBe(201);
  }
  const before = (await app.api.get(`/api/learners?coach=${leaving.id}&limit=100`, admin)).body.total as number;
  expect(before).toBeGreaterThanOrEqual(2);

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'admin@norrtalje.example');
  await page.goto(`${app.baseUrl}/coach/learners?coach=${leaving.id}`);
  await page.getByTestId('caseload-row').first().waitFor();
  await page.getByTestId('handover-from').selectOption(leaving.id);
  await page.getByTestId('handover-to').selectOption(taking.id);
  await page.getByTestId('handover-reason').fill('Slutar i december');
  await page.getByTestId('handover-submit').click();
  await page.getByTestId('handover-done').filter({ hasText: String(before) }).waitFor();
  await page.getByTestId('caseload-empty').waitFor();
  expect((await app.api.get(`/api/learners?coach=${leaving.id}&limit=100`, admin)).body.total).toBe(0);
  await page.close();
});
