import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { SmtpCatcher } from './smtp-catcher';

/** Where the app finds its three services, whether embedded or external. */
export interface Connections {
  databaseUrl: string;
  meili: { url: string; masterKey: string };
  smtpUrl: string;
  /** Present when mail goes to the built-in catcher (no SMTP_URL). */
  catcher?: SmtpCatcher;
}

export interface RunningServices extends Connections {
  embedded: { postgres: boolean; meilisearch: boolean; smtp: boolean };
  stop(): Promise<void>;
}

/** The preferred port when free, else any free port (another instance may hold the default). */
export async function freePort(preferred = 0): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
  return (preferred ? await tryListen(preferred) : null) ?? (await tryListen(0))!;
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts what is not configured: PostgreSQL and Meilisearch under DATA_DIR and an in-process
 * SMTP catcher. With DATABASE_URL, MEILI_URL + MEILI_MASTER_KEY, SMTP_URL set, uses those instead.
 */
export async function startServices(config: AppConfig, log: (m: string) => void): Promise<RunningServices> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'postgres'), port: await freePort(config.embeddedPostgresPort), persistent: true, log });
      stops.push(() => pg.stop());
      await ensureDatabase(pg.url('postgres'), 'jobbrygga');
      databaseUrl = pg.url('jobbrygga');
    }
    let meili = config.meiliUrl ? { url: config.meiliUrl, masterKey: config.meiliMasterKey! } : undefined;
    if (!meili) {
      const m = await startEmbeddedMeilisearch({ dir: path.join(config.dataDir, 'meilisearch'), port: await freePort(config.embeddedMeiliPort), log });
      stops.push(() => m.stop());
      meili = { url: m.url, masterKey: m.masterKey };
    }
    let smtpUrl = config.smtpUrl;
    let catcher: SmtpCatcher | undefined;
    if (!smtpUrl) {
      catcher = new SmtpCatcher(path.join(config.dataDir, 'mail'));
      const port = await catcher.start(await freePort(config.embeddedSmtpPort));
      const c = catcher;
      stops.push(() => c.stop());
      smtpUrl = `smtp://127.0.0.1:${port}`;
    }
    return {
      databaseUrl,
      meili,
      smtpUrl,
      catcher,
      embedded: { postgres: !config.databaseUrl, meilisearch: !config.meiliUrl, smtp: !config.smtpUrl },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Lets `npm run reindex` find the services of a running `npm start`. */
export function writeRuntimeFile(config: AppConfig, c: Connections): void {
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(path.join(config.dataDir, 'runtime.json'), JSON.stringify({ pid: process.pid, databaseUrl: c.databaseUrl, meili: c.meili, smtpUrl: c.smtpUrl }), { mode: 0o600 });
}

export function readRuntimeFile(config: AppConfig): (Connections & { pid: number }) | undefined {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(config.dataDir, 'runtime.json'), 'utf8'));
    process.kill(r.pid, 0);
    return r;
  } catch {
    return undefined;
  }
}
