import type { Browser, Page } from 'playwright-core';
import { launchBrowser, loginAs } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch } from '../support/placements';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  await flushSearch(app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const login = (page: Page, email: string) => loginAs(page, app.baseUrl, email);

type CandidatePage = { items: { learnerId: string; displayName: string; reasons: { text: string }[] }[]; total: number };

/** The first open placement of the coach's search (up to `limit`) for which `pick` finds something, with what it found. */
async function firstPlacement<T>(coach: string, limit: number, pick: (id: string) => Promise<T | undefined>): Promise<{ placementId: string; found: T }> {
  const search = await app.api.get(`/api/placements/search?q=&limit=${limit}`, coach);
  expect(search.status).toBe(200);
  for (const hit of search.body.hits as { id: string }[]) {
    const found = await pick(hit.id);
    if (found !== undefined) return { placementId: hit.id, found };
  }
  throw new Error(`none of the first ${limit} open placements has what the test needs`);
}

it('a coach opens the candidates of a demo placement from its page, reads why each fits and opens a learner’s profile', async () => {
  const coach = await app.api.login('coach@norrtalje.example');
  // An open Norrtälje placement that has candidates.
  const { placementId, found: candidates } = await firstPlacement(coach, 20, async (id) => {
    const r = await app.api.get(`/api/placements/${id}/candidates?limit=10`, coach);
    expect(r.status).toBe(200);
    return r.body.items.length > 0 ? (r.body as CandidatePage) : undefined;
  });

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'coach@norrtalje.example');
  await page.goto(`${app.baseUrl}/placements/${placementId}`);
  await page.getByTestId('placement-candidates-link').click();
  await page.waitForURL(new RegExp(`/staff/placements/${placementId}/candidates$`));
  await page.getByTestId('candidates-placement-title').waitFor();
  await page.getByTestId('candidates-rules').waitFor();
  await page.getByTestId('candidate').first().waitFor();

  // The page shows the API's list in the API's order, with the total and each candidate's reasons.
  const shown = await page.getByTestId('candidate').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(shown).toEqual(candidates.items.map((c) => c.learnerId));
  expect(await page.getByTestId('candidates-count').getAttribute('data-total')).toBe(String(candidates.total));
  const first = page.locator(`[data-testid="candidate"][data-id="${candidates.items[0].learnerId}"]`);
  expect(await first.getByTestId('candidate-score').textContent()).toMatch(/\d+ av 100/);
  const reasons = await first.locator('[data-testid="candidate-reasons"] li').allTextContents();
  expect(reasons).toEqual(candidates.items[0].reasons.map((r) => r.text));
  expect(reasons.length).toBeGreaterThan(0);

  // The name opens the profile (the logged read).
  await first.getByTestId('candidate-link').click();
  await page.waitForURL(new RegExp(`/coach/learners/${candidates.items[0].learnerId}$`));
  await page.getByTestId('learner-name').waitFor();
  expect((await page.getByTestId('learner-name').textContent())!.trim()).toBe(candidates.items[0].displayName);

  // From the profile, the placements that fit this learner; the candidate's placement is among them.
  await page.getByTestId('learner-matches-link').click();
  await page.waitForURL(new RegExp(`/coach/learners/${candidates.items[0].learnerId}/matches$`));
  await page.getByTestId('matches-learner-name').waitFor();
  const matches = await app.api.get(`/api/learners/${candidates.items[0].learnerId}/matches?limit=100`, coach);
  expect(matches.body.items.map((m: { placementId: string }) => m.placementId)).toContain(placementId);
  await page.getByTestId('match').first().waitFor();
  expect(await page.getByTestId('matches-count').getAttribute('data-total')).toBe(String(matches.body.total));
  await page.close();
});

it('the demo newcomer opens “Placements that fit you” from the start page on a phone and sees what the API says fits', async () => {
  const learner = await app.api.login('learner@norrtalje.example');
  const me = await app.api.get('/api/learners/me', learner);
  expect(me.status).toBe(200);
  const matches = await app.api.get(`/api/learners/${me.body.id}/matches?limit=10`, learner);
  expect(matches.status).toBe(200);

  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await login(page, 'learner@norrtalje.example');
  await page.locator('.destinations a[href="/me/matches"]').click();
  await page.waitForURL(/\/me\/matches$/);
  if (matches.body.total > 0) {
    await page.getByTestId('my-match').first().waitFor();
    const shown = await page.getByTestId('my-match').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown).toEqual(matches.body.items.map((m: { placementId: string }) => m.placementId));
    expect(await page.getByTestId('my-matches-count').getAttribute('data-total')).toBe(String(matches.body.total));
    // The demo learner reads Arabic: the score is still a number out of 100, and the reasons are the API's in that language.
    expect(await page.getByTestId('my-match-score').first().textContent()).toContain(String(matches.body.items[0].score));
    const lang = (await page.getAttribute('html', 'lang')) ?? 'sv';
    const inLang = await app.api.get(`/api/learners/${me.body.id}/matches?limit=10`, learner, lang);
    const reasons = await page.locator('[data-testid="my-match"]').first().locator('[data-testid="my-match-reasons"] li').allTextContents();
    expect(reasons).toEqual(inLang.body.items[0].reasons.map((r: { text: string }) => r.text));
  } else {
    await page.getByTestId('my-matches-empty').waitFor();
    expect(await page.getByTestId('my-match').count()).toBe(0);
  }
  // Readable on a phone: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.close();
});

it('an admin sets the weights of the matching score on the settings page; a bad or all-zero weight is explained and not saved', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'admin@norrtalje.example');
  await page.goto(`${app.baseUrl}/admin/settings`);
  await page.getByTestId('settings-weights-form').waitFor();
  await page.getByTestId('settings-weights-default').waitFor();
  const field = (part: string) => page.getByLabel((({ occupation: 'Mål i karriärplanen', distance: 'Avstånd till arbetsplatsen' }) as Record<string, string>)[part], { exact: true });
  expect(await field('occupation').inputValue()).toBe('30');

  // Out of range: the field says so and nothing is sent.
  await field('occupation').fill('120');
  await page.getByTestId('settings-weights-save').click();
  await page.getByText('Skriv ett heltal från 0 till 100.').first().waitFor();
  expect(await field('occupation').getAttribute('aria-invalid')).toBe('true');
  const admin = await app.api.login('admin@norrtalje.example');
  expect((await app.api.get('/api/tenant', admin)).body.matchingWeightsDefault).toBe(true);

  // All zero: explained, not saved.
  for (const part of ['occupation', 'experience', 'skills', 'languages', 'distance', 'waiting', 'priority']) await page.getByTestId(`settings-weight-${part}`).fill('0');
  await page.getByTestId('settings-weights-save').click();
  await page.getByTestId('settings-weights-all-zero').waitFor();
  expect((await app.api.get('/api/tenant', admin)).body.matchingWeightsDefault).toBe(true);

  // Distance only: saved, and the note about the defaults goes away.
  await field('distance').fill('100');
  await page.getByTestId('settings-weights-save').click();
  await page.getByTestId('settings-weights-saved').waitFor();
  await page.getByTestId('settings-weights-default').waitFor({ state: 'detached' });
  const saved = (await app.api.get('/api/tenant', admin)).body;
  expect(saved.matchingWeights).toEqual({ occupation: 0, experience: 0, skills: 0, languages: 0, distance: 100, waiting: 0, priority: 0 });

  // Back to the defaults.
  await page.getByTestId('settings-weights-defaults').click();
  expect(await field('occupation').inputValue()).toBe('30');
  await page.getByTestId('settings-weights-save').click();
  await page.getByTestId('settings-weights-saved').waitFor();
  expect((await app.api.get('/api/tenant', admin)).body.matchingWeights).toMatchObject({ occupation: 30, distance: 10 });
  await page.close();
});

it('a coach narrows the candidates to learners whose career goal is the occupation; the list and its total follow the API', async () => {
  const coach = await app.api.login('coach@norrtalje.example');
  // An open placement with candidates both with and without the occupation as their goal.
  const { placementId, found: same } = await firstPlacement(coach, 50, async (id) => {
    const all = await app.api.get(`/api/placements/${id}/candidates?limit=10`, coach);
    const narrowed = await app.api.get(`/api/placements/${id}/candidates?limit=10&goal=same`, coach);
    return narrowed.body.total > 0 && all.body.total > narrowed.body.total ? (narrowed.body as CandidatePage) : undefined;
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await login(page, 'coach@norrtalje.example');
  await page.goto(`${app.baseUrl}/staff/placements/${placementId}/candidates`);
  await page.getByTestId('candidate').first().waitFor();
  await page.getByTestId('candidates-goal').selectOption('same');
  await page.waitForFunction((total) => document.querySelector('[data-testid="candidates-count"]')?.getAttribute('data-total') === String(total), same.total);
  const shown = await page.getByTestId('candidate').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(shown).toEqual(same.items.map((c) => c.learnerId));
  for (const codes of await page.locator('[data-testid="candidate-reasons"]').evaluateAll((lists) => lists.map((l) => [...l.querySelectorAll('li')].map((li) => li.getAttribute('data-code'))))) {
    expect(codes.some((code) => code === 'goalSameOccupation' || code === 'experienceSameOccupation')).toBe(true);
  }
  await page.close();
});
