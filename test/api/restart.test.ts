import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

it('data survives a restart, and a second start does not overwrite what users changed', async () => {
  const coach = await app.api.login('coach@norrtalje.example');
  expect((await app.api.patch('/api/auth/me', { displayName: 'Johan E. (renamed)' }, coach)).status).toBe(200);
  const admin = await app.api.login('admin@norrtalje.example');
  expect((await app.api.post('/api/users/invitations', { email: 'kept@norrtalje.example', role: 'coach', displayName: 'Kept' }, admin)).status).toBe(201);
  const usersBefore = (await app.sql('SELECT id FROM app_user')).length;
  const loadedBefore = await app.sql('SELECT name, loaded_at FROM ref_dataset ORDER BY name');

  await app.restart();

  const again = await app.api.login('coach@norrtalje.example');
  expect((await app.api.get('/api/auth/me', again)).body.displayName).toBe('Johan E. (renamed)');
  const list = await app.api.get('/api/users?role=coach&limit=50', await app.api.login('admin@norrtalje.example'));
  expect(list.body.items.map((u: { email: string }) => u.email)).toContain('kept@norrtalje.example');
  expect((await app.sql('SELECT id FROM app_user')).length).toBe(usersBefore);
  // Reference data was not loaded again.
  expect(loadedBefore.length).toBeGreaterThan(10);
  expect(await app.sql('SELECT name, loaded_at FROM ref_dataset ORDER BY name')).toEqual(loadedBefore);
});
