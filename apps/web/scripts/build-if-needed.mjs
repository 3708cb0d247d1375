#!/usr/bin/env node
// Builds the web app with Vite only when apps/web/dist is missing or older than its sources.
// Plain Node ESM without dependencies, so `npm run build` at the repo root stays fast on a second run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webDir, '..', '..');
const builtIndex = join(webDir, 'dist', 'index.html');
const sources = [
  join(webDir, 'src'),
  join(webDir, 'index.html'),
  join(webDir, 'vite.config.ts'),
  join(repoRoot, 'libs', 'domain', 'src'),
  join(repoRoot, 'libs', 'matching', 'src'),
];

/**
 * The newest modification time under a file or folder, with the file it belongs to.
 * @param {string} path
 * @returns {{ mtimeMs: number, file: string | null }}
 */
function newest(path) {
  if (!existsSync(path)) return { mtimeMs: 0, file: null };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { mtimeMs: stat.mtimeMs, file: path };
  let best = { mtimeMs: 0, file: /** @type {string | null} */ (null) };
  for (const entry of readdirSync(path)) {
    const candidate = newest(join(path, entry));
    if (candidate.mtimeMs > best.mtimeMs) best = candidate;
  }
  return best;
}

/** @returns {string | null} why a build is needed, or null when dist is up to date */
function reasonToBuild() {
  if (!existsSync(builtIndex)) return 'no earlier build';
  const builtAt = statSync(builtIndex).mtimeMs;
  for (const source of sources) {
    const latest = newest(source);
    if (latest.file && latest.mtimeMs > builtAt) return `${relative(repoRoot, latest.file)} changed`;
  }
  return null;
}

const reason = reasonToBuild();
if (reason === null) {
  console.log(`web: reused ${relative(repoRoot, join(webDir, 'dist'))} (up to date)`);
  process.exit(0);
}

const vite = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
if (!existsSync(vite)) {
  console.error(`web: cannot build, ${relative(repoRoot, vite)} is missing (run npm install at the repo root)`);
  process.exit(1);
}

const started = Date.now();
const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: webDir, stdio: 'inherit' });
if (result.error) {
  console.error(`web: build failed to start: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`web: build failed (${reason}), vite exited with ${result.status ?? result.signal}`);
  process.exit(result.status || 1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`web: built ${relative(repoRoot, join(webDir, 'dist'))} in ${seconds} s (${reason})`);
