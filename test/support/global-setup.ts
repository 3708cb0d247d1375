import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../../apps/api/src/infra/embedded-postgres';
import { startEmbeddedMeilisearch } from '../../apps/api/src/infra/embedded-meilisearch';
import { ensureDatabase, freePort } from '../../apps/api/src/infra/services';
import { prepareDatabase } from '../../apps/api/src/database/prepare';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { loadConfig } from '../../apps/api/src/config/config';
import { JsonLogger } from '../../apps/api/src/common/logger';
import { SearchIndex } from '../../apps/api/src/search/search-index.service';
import { occupationsIndex } from '../../apps/api/src/reference/occupations.index';
import { TEST_HASH_MEMORY_KIB, TEMPLATE_DB } from './constants';

/**
 * Once per `npm test` (Jest runs it for the api and browser projects; the second call reuses the
 * first's services): a real PostgreSQL and Meilisearch on free ports with temporary data folders,
 * never .data/ or the default ports, so tests can run beside a developer's `npm start`. The
 * template database gets migrations, reference and demo data once; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.JB_TEST_PG_ADMIN_URL) return;
  const started = Date.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbrygga-test-'));
  // PostgreSQL runs as its own user when we are root: it must be able to enter the folder.
  fs.chmodSync(root, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(root, 'pg'), port: await freePort(), persistent: false });
  const meili = await startEmbeddedMeilisearch({ dir: path.join(root, 'meili'), port: await freePort() });
  const referencePrefix = `jbt${Date.now().toString(36)}_ref_`;
  (globalThis as Record<string, unknown>).__JB_SERVICES__ = { pg, meili, root };

  await ensureDatabase(pg.url('postgres'), TEMPLATE_DB);
  await prepareDatabase(pg.url(TEMPLATE_DB), { loadDemoData: true, demoPassword: 'jobbrygga-demo', passwordHashMemoryKiB: TEST_HASH_MEMORY_KIB }, () => undefined);

  // The reference search index is the same for every test file: build it once.
  const config = loadConfig({ NODE_ENV: 'test', MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_REFERENCE_PREFIX: referencePrefix });
  const ds = new DataSource(dataSourceOptions(pg.url(TEMPLATE_DB)));
  await ds.initialize();
  const search = new SearchIndex({ url: meili.url, masterKey: meili.masterKey }, 'ensure', config, ds, new JsonLogger('error'));
  search.register(occupationsIndex);
  await search.ensureAll();
  await ds.destroy();

  process.env.JB_TEST_PG_ADMIN_URL = pg.url('postgres');
  process.env.JB_TEST_MEILI_URL = meili.url;
  process.env.JB_TEST_MEILI_KEY = meili.masterKey;
  process.env.JB_TEST_REFERENCE_PREFIX = referencePrefix;
  process.stdout.write(`\n[test setup] PostgreSQL, Meilisearch and template database ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
