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

const login = (page: Page, email: string, password = 'jobbrygga-demo') => loginAs(page, app.baseUrl, email, password, false);

it('serves the login page with labelled fields and a skip link first in tab order', async () => {
  const page = await browser.newPage();
  await page.goto(`${app.baseUrl}/`);
  await page.waitForURL(/\/login/);
  expect(await page.getAttribute('html', 'lang')).toBe('sv');
  // Every input has a label.
  const unlabeled = await page.$$eval('input', (inputs) => inputs.filter((i) => !(i.id && document.querySelector(`label[for="${i.id}"]`)) && !i.getAttribute('aria-label')).length);
  expect(unlabeled).toBe(0);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ tag: document.activeElement?.tagName, href: document.activeElement?.getAttribute('href') }));
  expect(first).toEqual({ tag: 'A', href: '#main' });
  await page.close();
});

it('a wrong password shows the translated error; the right one opens the coach start page', async () => {
  const page = await browser.newPage();
  await login(page, 'coach@norrtalje.example', 'wrong-password');
  // Waits until the alert shows the API's translated message (it is empty until the answer comes).
  await page.getByTestId('login-error').filter({ hasText: 'Fel e-postadress eller lösenord' }).waitFor();
  expect(page.url()).toMatch(/\/login/);
  await page.getByTestId('login-password').fill('jobbrygga-demo');
  await page.getByTestId('login-submit').click();
  const heading = page.getByTestId('start-heading');
  await heading.waitFor();
  expect(await heading.textContent()).toContain('Johan');
  expect(await page.textContent('body')).toContain('Norrtälje');
  await page.close();
});

it('switching to Arabic turns the whole page right-to-left and survives a reload', async () => {
  const page = await browser.newPage();
  await login(page, 'learner@norrtalje.example');
  await page.getByTestId('start-heading').waitFor();
  await page.getByTestId('language-switch').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  await page.reload();
  await page.getByTestId('start-heading').waitFor();
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.getByTestId('start-heading').textContent()).toMatch(/[\u0600-\u06FF]/);
  // The choice is saved on the account too.
  const token = await app.api.login('learner@norrtalje.example');
  expect((await app.api.get('/api/auth/me', token)).body.locale).toBe('ar');
  await page.getByTestId('logout-button').click();
  await page.waitForURL(/\/login/);
  await page.close();
});

it('an employer contact invites a colleague from the Kollegor page; the mail arrives in the chosen language', async () => {
  const page = await browser.newPage();
  await login(page, 'employer@norrtalje.example');
  await page.getByTestId('start-heading').waitFor();
  await page.goto(`${app.baseUrl}/employer/colleagues`);
  const table = page.getByTestId('colleagues-table');
  await table.filter({ hasText: 'employer@norrtalje.example' }).waitFor();
  expect(await table.textContent()).not.toContain('employer2@norrtalje.example');
  await page.getByTestId('invite-email').fill('ny.kollega@norrtalje.example');
  await page.getByTestId('invite-name').fill('Ny Kollega');
  await page.getByTestId('invite-locale').selectOption('en');
  await page.getByTestId('invite-submit').click();
  await page.getByTestId('invite-sent').waitFor();
  const mail = await app.catcher.waitFor((m) => m.to.includes('ny.kollega@norrtalje.example'));
  expect(mail.subject).toBe('You are invited to Jobbrygga – Norrtälje kommun');
  await page.close();
});
