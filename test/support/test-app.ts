import { Client } from 'pg';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config';
import { JsonLogger } from '../../apps/api/src/common/logger';
import { SmtpCatcher } from '../../apps/api/src/infra/smtp-catcher';
import { prepareDatabase } from '../../apps/api/src/database/prepare';
import { createApp } from '../../apps/api/src/app';
import { SearchIndex } from '../../apps/api/src/search/search-index.service';
import { TEMPLATE_DB, TEST_HASH_MEMORY_KIB } from './constants';
import { Api } from './http';

export interface TestApp {
  baseUrl: string;
  api: Api;
  catcher: SmtpCatcher;
  config: AppConfig;
  nest: NestExpressApplication;
  databaseUrl: string;
  /** Runs SQL against this app's own database (for assertions that nothing was written). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Stops the HTTP server and starts a new one on the same database and mail catcher. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const rand = () => Math.random().toString(36).slice(2, 10);

async function cloneTemplate(name: string): Promise<void> {
  const client = new Client({ connectionString: process.env.JB_TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
        return;
      } catch (err) {
        // Two files cloning at the same moment: the template is briefly "being accessed".
        if (attempt > 20 || !/being accessed/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * One app per test file, over HTTP on a free port, with its own database cloned from the
 * template, its own index prefix and its own SMTP catcher — the same code path as `npm start`.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  if (!process.env.JB_TEST_PG_ADMIN_URL) throw new Error('test services are not running (globalSetup)');
  const dbName = `jb_${rand()}`;
  await cloneTemplate(dbName);
  const databaseUrl = process.env.JB_TEST_PG_ADMIN_URL.replace(/\/postgres$/, `/${dbName}`);
  const catcher = new SmtpCatcher();
  const smtpPort = await catcher.start(0);
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    MEILI_URL: process.env.JB_TEST_MEILI_URL,
    MEILI_MASTER_KEY: process.env.JB_TEST_MEILI_KEY,
    MEILI_INDEX_PREFIX: `jbt_${rand()}_`,
    MEILI_REFERENCE_PREFIX: process.env.JB_TEST_REFERENCE_PREFIX,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PASSWORD_HASH_MEMORY_KIB: String(TEST_HASH_MEMORY_KIB),
    MAIL_RETRY_MAX_SECONDS: '1',
    LOG_LEVEL: 'error',
    PUBLIC_URL: 'http://jobbrygga.test',
    ...env,
  });
  const logger = new JsonLogger('error');
  await prepareDatabase(databaseUrl, config, () => undefined);

  let nest!: NestExpressApplication;
  let baseUrl = '';
  const boot = async () => {
    // The catcher is passed as the built-in one, so the admin's caught-mail page works as under `npm start`.
    nest = await createApp(config, { databaseUrl, meili: { url: config.meiliUrl!, masterKey: config.meiliMasterKey! }, smtpUrl: config.smtpUrl!, catcher }, logger);
    await nest.listen(0, '127.0.0.1');
    await nest.get(SearchIndex).whenReady();
    const address = nest.getHttpServer().address() as { port: number };
    baseUrl = `http://127.0.0.1:${address.port}`;
    app.baseUrl = baseUrl;
    app.api = new Api(baseUrl);
    app.nest = nest;
  };
  const sqlClient = new Client({ connectionString: databaseUrl });
  await sqlClient.connect();

  const app: TestApp = {
    baseUrl,
    api: new Api(''),
    catcher,
    config,
    nest,
    databaseUrl,
    sql: async (text, params) => (await sqlClient.query(text, params as unknown[])).rows,
    restart: async () => {
      await nest.close();
      await boot();
    },
    stop: async () => {
      await nest.close();
      await sqlClient.end();
      await catcher.stop();
    },
  };
  await boot();
  return app;
}
