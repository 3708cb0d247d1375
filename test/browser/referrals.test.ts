import type { Browser, Page } from 'playwright-core';
import { DEMO } from '../../apps/api/src/seed/demo-data';
import { launchBrowser, loginAs } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, inDays, praktikBody, REF, siteAndSupervisor } from '../support/placements';

let app: TestApp;
let browser: Browser;
let coach: string;
let employer: string;
let placementId: string;
let learnerId: string;
const NAME = 'Webbremiss Testsson';

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  coach = await app.api.login('coach@norrtalje.example');
  employer = await app.api.login('employer@norrtalje.example');
  // An open placement of the demo employer, and a learner in Rimbo who fits it and has consented.
  const { siteId, supervisorId } = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
  const created = await app.api.post('/api/placements', { ...praktikBody(siteId, supervisorId), status: 'open' }, employer);
  expect(created.status).toBe(201);
  placementId = created.body.id;
  const r = await app.api.post(
    '/api/learners',
    { firstName: 'Webbremiss', lastName: 'Testsson', birthYear: 1985, gender: 'female', email: 'webbremiss@example.org', phone: '0701112244', homePlaceId: REF.rimbo, hoursPerWeek: 30, sfiLessonTime: 'afternoon', travelMinutes: 30 },
    coach,
  );
  expect(r.status).toBe(201);
  learnerId = r.body.id;
  await app.api.post(`/api/learners/${learnerId}/sfi-courses`, { course: 'C', startDate: inDays(-60), result: 'continuing' }, coach);
  await app.api.post(`/api/learners/${learnerId}/languages`, { languageId: REF.arabic, level: 'native' }, coach);
  await app.api.post(`/api/learners/${learnerId}/privacy/consents`, { purpose: 'share_with_employers', given: true, language: 'sv' }, coach);
  // The demo login learner2 is this learner.
  await app.sql(`UPDATE learner SET user_id = NULL WHERE user_id = $1`, [DEMO.norrtalje.learner2]);
  await app.sql(`UPDATE learner SET user_id = $1 WHERE id = $2`, [DEMO.norrtalje.learner2, learnerId]);
  await flushSearch(app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const login = (page: Page, email: string) => loginAs(page, app.baseUrl, email);

it('coach proposes from the candidates, the newcomer says yes, the employer accepts (name shown only then) and books the interview, the coach sees it on the board', async () => {
  // Where the learner is in the candidate list (10 a page).
  const candidates = await app.api.get(`/api/placements/${placementId}/candidates?limit=100`, coach);
  expect(candidates.status).toBe(200);
  const index = (candidates.body.items as { learnerId: string }[]).findIndex((c) => c.learnerId === learnerId);
  expect(index).toBeGreaterThanOrEqual(0);

  // 1. The coach proposes the learner from the candidates page.
  const coachPage = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await login(coachPage, 'coach@norrtalje.example');
  await coachPage.goto(`${app.baseUrl}/staff/placements/${placementId}/candidates`);
  await coachPage.getByTestId('candidate').first().waitFor();
  for (let p = 0; p < Math.floor(index / 10); p++) {
    await coachPage.getByTestId('pager-next').click();
    const firstOnPage = (candidates.body.items as { learnerId: string }[])[(p + 1) * 10].learnerId;
    await coachPage.locator(`[data-testid="candidate"][data-id="${firstOnPage}"]`).waitFor();
  }
  const card = coachPage.locator(`[data-testid="candidate"][data-id="${learnerId}"]`);
  await card.getByTestId('propose-button').click();
  await card.getByTestId('propose-pipeline-link').waitFor();
  expect(await card.getByTestId('propose-result').textContent()).toContain(NAME);
  const listed = await app.api.get(`/api/referrals?learnerId=${learnerId}&placementId=${placementId}`, coach);
  expect(listed.body).toHaveLength(1);
  const rid: string = listed.body[0].id;
  expect(listed.body[0].state).toBe('proposed');
  // The button is gone once proposed; a second proposal would be refused.
  expect(await card.getByTestId('propose-button').count()).toBe(0);
  expect((await app.api.post('/api/referrals', { placementId, learnerId }, coach)).body.code).toBe('ALREADY_PROPOSED');

  // 2. The newcomer says yes on “Proposals for you”.
  const learnerPage = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await login(learnerPage, 'learner2@norrtalje.example');
  await learnerPage.locator('.destinations a[href="/me/proposals"]').click();
  await learnerPage.waitForURL(/\/me\/proposals$/);
  const proposal = learnerPage.locator(`[data-testid="my-proposal"][data-id="${rid}"]`);
  await proposal.waitFor();
  await proposal.getByTestId('my-proposal-accept').click();
  await learnerPage.locator(`[data-testid="my-proposal"][data-id="${rid}"][data-state="learner_accepted"]`).waitFor();
  expect(await learnerPage.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await learnerPage.close();

  // 3. The employer opens the incoming proposal: anonymous until accepted.
  const employerPage = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(employerPage, 'employer@norrtalje.example');
  await employerPage.goto(`${app.baseUrl}/employer/proposals`);
  const incoming = employerPage.locator(`[data-testid="employer-proposal"][data-id="${rid}"]`);
  await incoming.waitFor();
  expect(await incoming.textContent()).not.toContain('Webbremiss');
  await incoming.getByTestId('employer-proposal-link').click();
  await employerPage.waitForURL(new RegExp(`/referrals/${rid}$`));
  await employerPage.getByTestId('profile-anonymous').waitFor();
  expect(await employerPage.getByTestId('referral-learner').getAttribute('data-anonymous')).toBe('true');
  expect(await employerPage.getByTestId('profile-sfi').textContent()).toContain('C');
  expect(await employerPage.locator('main, body').first().textContent()).not.toContain('Webbremiss');
  await employerPage.getByTestId('action-employer_accept').click();
  await employerPage.locator('[data-testid="referral-state"][data-state="employer_accepted"]').waitFor();
  await employerPage.getByTestId('profile-name').waitFor();
  expect((await employerPage.getByTestId('profile-name').textContent())!.trim()).toBe(NAME);
  expect((await employerPage.getByTestId('referral-learner').textContent())!.trim()).toBe(NAME);

  // Books the interview: a week from now at ten, with an interpreter.
  await employerPage.getByTestId('open-book_interview').click();
  const day = inDays(7);
  await employerPage.getByTestId('interview-at').fill(`${day}T10:00`);
  await employerPage.getByTestId('interview-place').fill('Rimbo äldreboende, entrén');
  await employerPage.getByTestId('interview-interpreter').check();
  await employerPage.getByTestId('submit-book_interview').click();
  await employerPage.locator('[data-testid="referral-state"][data-state="interview_booked"]').waitFor();
  await employerPage.locator('[data-testid="referral-history"] li[data-action="book_interview"]').waitFor();
  await employerPage.close();

  // 4. The coach sees the card in the interview column of the board and opens it.
  await coachPage.goto(`${app.baseUrl}/coach/pipeline`);
  const cardOnBoard = coachPage.locator(`[data-testid="pipeline-column"][data-state="interview_booked"] [data-testid="pipeline-card"][data-id="${rid}"]`);
  await cardOnBoard.waitFor();
  expect(await cardOnBoard.textContent()).toContain(NAME);
  expect(await cardOnBoard.getAttribute('data-overdue')).toBe('false');
  await cardOnBoard.getByTestId('pipeline-card-link').click();
  await coachPage.waitForURL(new RegExp(`/referrals/${rid}$`));
  await coachPage.locator('[data-testid="referral-state"][data-state="interview_booked"]').waitFor();
  // The coach's next steps come from the transition table: propose an agreement or withdraw.
  await coachPage.getByTestId('open-propose_agreement').waitFor();
  await coachPage.getByTestId('open-withdraw').waitFor();
  await coachPage.close();

  // The API agrees: every step in the history, the interview as booked.
  const after = await app.api.get(`/api/referrals/${rid}`, coach);
  expect(after.body.state).toBe('interview_booked');
  expect(after.body.history.map((h: { action: string; actorRole: string }) => [h.action, h.actorRole])).toEqual([
    ['propose', 'coach'],
    ['learner_accept', 'newcomer'],
    ['employer_accept', 'employer'],
    ['book_interview', 'employer'],
  ]);
  const [row] = await app.sql<{ place: string; interpreter: boolean; at: Date }>(
    `SELECT interview_place AS place, interpreter_needed AS interpreter, interview_at AS at FROM referral WHERE id = $1`,
    [rid],
  );
  expect(row).toMatchObject({ place: 'Rimbo äldreboende, entrén', interpreter: true });
  expect(row.at.getTime()).toBeGreaterThan(Date.now());
});
