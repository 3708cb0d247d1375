import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { JsonLogger } from '../common/logger';
import { readRuntimeFile, startServices } from '../infra/services';
import { prepareDatabase } from '../database/prepare';
import { createApp } from '../app';
import { SearchIndex } from '../search/search-index.service';

/**
 * `npm run reindex`: rebuilds every search index from PostgreSQL with progress output. Uses the
 * services of a running `npm start` when there is one, else starts them as `npm start` would.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger('warn');
  const running = readRuntimeFile(config);
  const services = running ? { ...running, stop: async () => undefined } : await startServices(config, (m) => process.stderr.write(m + '\n'));
  try {
    if (!running) await prepareDatabase(services.databaseUrl, config, () => undefined);
    const app = await createApp({ ...config }, { ...services, catcher: undefined }, logger, { searchBootPass: 'skip' });
    const search = app.get(SearchIndex);
    let last = '';
    await search.reindexAll((index, done, total) => {
      const line = `${index}: ${done}/${total} (${total ? Math.round((done / total) * 100) : 100} %)`;
      if (line !== last) process.stdout.write(line + '\n');
      last = line;
    });
    process.stdout.write('reindex done\n');
    await app.close();
  } finally {
    await services.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`reindex failed: ${err.message}\n`);
  process.exit(1);
});
