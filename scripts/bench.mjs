#!/usr/bin/env node
// `npm run bench`: measures the real product on this machine, on loopback only.
//  1. cold start to healthy (empty data folder: initdb, migrations, reference + demo data, indexing)
//  2. warm start to healthy (same data folder)
//  3. API latency p50/p95 and throughput for login, /auth/me, a user list and reference look-ups,
//     sequential and with 8 concurrent clients. Every loop is bounded in count and time.
//  4. placement search at scale (scripts/bench-placements.mjs): 50,000 generated placements and the reindex
//     command; the search API side by side with the same query straight to Meilisearch; write-to-visible.
//  5. matching at scale (scripts/bench-matching.mjs): 100,000 generated learners; candidates for a placement through the
//     API, the same query straight to Meilisearch and a PostgreSQL-only baseline; write-to-visible for the candidate index.
//  6. reports at scale (scripts/bench-reports.mjs): 100,000 placements and 1,000,000 pipeline events; the dashboard and exports.
// BENCH_ONLY=reports (or placements, matching; several with commas) runs only those parts after the start measurements.
// The matching part draws its placements from the placement part's: BENCH_ONLY=placements,matching.
// Uses its own temporary data folder (BENCH_KEEP=1 keeps it) and free ports; never touches .data/ or a running npm start.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPlacementBench } from './bench-placements.mjs';
import { runMatchingBench } from './bench-matching.mjs';
import { runReportsBench } from './bench-reports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const freePort = () => new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbrygga-bench-'));
fs.chmodSync(dataDir, 0o755);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error',
  EMBEDDED_POSTGRES_PORT: String(await freePort()), EMBEDDED_MEILI_PORT: String(await freePort()), EMBEDDED_SMTP_PORT: String(await freePort()),
  // The benchmark logs in many times from one address: lift the brute-force limits for it.
  LOGIN_MAX_FAILURES_PER_IP: '100000', PUBLIC_RATE_LIMIT_PER_SECOND: '100000',
};
for (const k of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'SMTP_URL']) delete env[k];

let running; // the app's process, stopped in `finally` if a step fails
async function startApp() {
  const t0 = performance.now();
  const child = running = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (let i = 0; i < 1200; i++) {
    try { if ((await fetch(`${base}/api/health`)).status === 200) return { child, seconds: (performance.now() - t0) / 1000 }; } catch { /* not up */ }
    if (child.exitCode !== null) throw new Error('app exited during start');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('app not healthy within 120 s');
}
async function stopApp(child) {
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise((resolve) => { child.once('exit', resolve); process.kill(-child.pid, 'SIGTERM'); });
  }
  if (running === child) running = undefined;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
async function measure(name, fn, { total = 300, concurrency = 1, maxSeconds = 30 } = {}) {
  const times = [];
  const deadline = performance.now() + maxSeconds * 1000;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total && performance.now() < deadline) {
      next++;
      const s = performance.now();
      await fn();
      times.push(performance.now() - s);
    }
  }));
  const wall = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { name, concurrency, n: times.length, p50: pct(times, 50).toFixed(1), p95: pct(times, 95).toFixed(1), perSecond: (times.length / wall).toFixed(0) };
}
const ok = async (res) => { if (!res.ok) throw new Error(`${res.url} answered ${res.status}`); await res.arrayBuffer(); };
const post = (p, body, token) => fetch(base + p, { method: 'POST', headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });
const get = (p, token) => fetch(base + p, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const results = [];
try {
  const cold = await startApp();
  await stopApp(cold.child);
  const warm = await startApp();
  console.log(`\nstart to healthy: cold ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s\n`);
  const token = (await (await post('/api/auth/login', { email: 'admin@norrtalje.example', password: 'jobbrygga-demo' })).json()).accessToken;
  const login = () => post('/api/auth/login', { email: 'coach@norrtalje.example', password: 'jobbrygga-demo' }).then(ok);
  const cases = [
    ['POST /api/auth/login (argon2id 19 MiB)', login, 60],
    ['GET /api/auth/me', () => get('/api/auth/me', token).then(ok), 500],
    ['GET /api/users?limit=20', () => get('/api/users?limit=20', token).then(ok), 500],
    ['GET /api/reference/occupation-names?q=under', () => get('/api/reference/occupation-names?q=under').then(ok), 500],
    ['GET /api/reference/occupations/search?q=underskoterska (Meilisearch)', () => get('/api/reference/occupations/search?q=underskoterska&limit=10').then(ok), 500],
    ['GET /api/reference/municipalities/0188', () => get('/api/reference/municipalities/0188').then(ok), 500],
  ];
  for (const [name, fn, total] of cases) {
    results.push(await measure(name, fn, { total, concurrency: 1 }));
    results.push(await measure(name, fn, { total, concurrency: 8 }));
  }
  console.log('| request | clients | n | p50 ms | p95 ms | req/s |\n| --- | --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.name} | ${r.concurrency} | ${r.n} | ${r.p50} | ${r.p95} | ${r.perSecond} |`);
  console.log('');
  const runtime = JSON.parse(fs.readFileSync(path.join(dataDir, 'runtime.json'), 'utf8'));
  const only = process.env.BENCH_ONLY?.split(',');
  const ctx = { root, env, dataDir, base, measure, runtime };
  if (!only || only.includes('placements')) console.log(await runPlacementBench(ctx));
  if (!only || only.includes('matching')) console.log(`\n${await runMatchingBench(ctx)}`);
  if (!only || only.includes('reports')) console.log(`\n${await runReportsBench(ctx)}`);
  await stopApp(warm.child);
} finally {
  if (running) await stopApp(running).catch(() => undefined);
  // BENCH_KEEP=1 keeps the generated data (to start the app on it and look closer); the folder is printed.
  if (process.env.BENCH_KEEP === '1') console.error(`data kept in ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}
