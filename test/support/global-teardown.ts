import * as fs from 'node:fs';

interface Services {
  pg: { stop(): Promise<void> };
  meili: { stop(): Promise<void> };
  root: string;
}

/** Stops the services globalSetup started. Jest calls it once per project after all tests; the first call does the work. */
export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const s = g.__JB_SERVICES__ as Services | undefined;
  if (!s) return;
  g.__JB_SERVICES__ = undefined;
  await s.meili.stop().catch(() => undefined);
  await s.pg.stop().catch(() => undefined);
  fs.rmSync(s.root, { recursive: true, force: true });
}
