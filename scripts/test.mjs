#!/usr/bin/env node
// `npm test`: builds the shared library, then runs every Jest project (unit, api, browser) and
// ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

// The browser tests need the built web app.
const web = run(process.execPath, [path.join(root, 'apps/web/scripts/build-if-needed.mjs')]);
if (web.status !== 0) process.exit(web.status ?? 1);

const args = ['--reporters=default', `--reporters=${path.join(root, 'test/support/summary-reporter.cjs')}`, ...process.argv.slice(2)];
if (process.env.CI) args.push('--ci');
const jest = run(bin('jest'), args);
process.exit(jest.status ?? 1);
