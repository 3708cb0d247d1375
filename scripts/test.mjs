#!/usr/bin/env node
// `npm test`: builds the shared library, the API and the web app if needed (browser tests use it), runs every Jest project
// (unit, api, browser) and ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

// The shared library is compiled first: Jest's globalSetup loads the seed code, which requires
// @jobbrygga/domain through its package "main" (dist/), outside Jest's module mapping.
const libs = run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-b', 'apps/api']);
const web = libs.status === 0 ? run(process.execPath, [path.join(root, 'apps/web/scripts/build-if-needed.mjs')]) : libs;
if (web.status !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(web.status ?? 1);
}

fs.mkdirSync(path.join(root, '.cache'), { recursive: true });
const summaryFile = path.join(root, '.cache', 'test-summary.json');
fs.rmSync(summaryFile, { force: true });
const args = ['--reporters=default', `--reporters=${path.join(root, 'test/support/summary-reporter.cjs')}`, ...process.argv.slice(2)];
if (process.env.CI) args.push('--ci');
const jest = run(path.join(root, 'node_modules', '.bin', 'jest'), args, { JB_TEST_SUMMARY_FILE: summaryFile });

let summary = { passed: 0, failed: 1, skipped: 0 };
try {
  summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
} catch {
  /* Jest died before reporting: count it as a failure */
}
const status = jest.status ?? 1;
if (status !== 0 && summary.failed === 0) summary.failed = 1;
console.log(`\n${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`);
process.exit(status);
