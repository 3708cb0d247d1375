import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEMO } from '../../apps/api/src/seed/demo-data';
import { startEmbeddedMeilisearch, type RunningMeili } from '../../apps/api/src/infra/embedded-meilisearch';
import { freePort } from '../../apps/api/src/infra/services';
import { startTestApp, type TestApp } from '../support/test-app';
import { flushSearch, praktikBody, siteAndSupervisor } from '../support/placements';

// This file stops Meilisearch, so it runs its own instead of the one the other test files share.
let meili: RunningMeili;
let dir: string;
let port: number;
let app: TestApp;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbrygga-meili-outage-'));
  port = await freePort();
  meili = await startEmbeddedMeilisearch({ dir, port });
  app = await startTestApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_REFERENCE_PREFIX: 'outage_ref_', SEARCH_RETRY_MAX_SECONDS: '1' });
});
afterAll(async () => {
  await app?.stop();
  await meili?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('a change made while Meilisearch is down reaches the index once it is back', async () => {
  const employer = await app.api.login('employer@norrtalje.example');
  const learner = await app.api.login('learner@norrtalje.example');
  const ids = await siteAndSupervisor(app, employer, DEMO.norrtalje.employerOrg);
  const created = await app.api.post('/api/placements', praktikBody(ids.siteId, ids.supervisorId, { status: 'open', title: 'Praktik som lokalvårdare', ssykCode: '9111', occupationNameId: undefined, requiredSkills: [] }), employer);
  await flushSearch(app);

  await meili.stop();
  // Writing still works: the change waits in the search outbox.
  const edited = await app.api.patch(`/api/placements/${created.body.id}`, { title: 'Praktik som städare på Rimbo skola' }, employer);
  expect(edited.status).toBe(200);
  expect((await app.api.get('/api/health')).status).toBe(503);
  // The worker tries, fails and keeps the row for a later attempt.
  let row: { attempts: number } | undefined;
  for (let i = 0; i < 100 && !(row && row.attempts >= 1); i++) {
    [row] = await app.sql<{ attempts: number }>(`SELECT attempts FROM search_outbox WHERE doc_id = $1`, [created.body.id]);
    if (!(row && row.attempts >= 1)) await new Promise((r) => setTimeout(r, 100));
  }
  expect(row!.attempts).toBeGreaterThanOrEqual(1);

  meili = await startEmbeddedMeilisearch({ dir, port });
  await flushSearch(app);
  const r = await app.api.get('/api/placements/search?q=städare%20skola', learner);
  expect(r.body.hits.map((h: { id: string; title: string }) => [h.id, h.title])).toContainEqual([created.body.id, 'Praktik som städare på Rimbo skola']);
  expect((await app.sql('SELECT id FROM search_outbox')).length).toBe(0);
});
