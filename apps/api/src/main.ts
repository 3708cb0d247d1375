import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { JsonLogger } from './common/logger';
import { startServices, writeRuntimeFile, type RunningServices } from './infra/services';
import { prepareDatabase } from './database/prepare';
import { createApp } from './app';
import { SearchIndex } from './search/search-index.service';
import { DEMO_TENANTS, demoEmail } from './seed/demo-data';

function banner(config: AppConfig, services: RunningServices, seconds: string): string {
  const url = config.publicUrl;
  const lines = [
    '',
    `  Jobbrygga is ready at ${url}  (services and app up in ${seconds} s)`,
    `  API docs:  ${url}/api/docs`,
    `  Health:    ${url}/api/health`,
  ];
  if (config.loadDemoData) {
    lines.push('', `  Demo logins (password: ${config.demoPassword === 'jobbrygga-demo' ? 'jobbrygga-demo' : 'from DEMO_PASSWORD'}):`);
    for (const t of DEMO_TENANTS) {
      lines.push(`    ${t.name.padEnd(20)} ${['admin', 'coach', 'employer', 'learner'].map((r) => demoEmail(t.slug, r)).join('  ')}`);
    }
  }
  lines.push(
    '',
    services.embedded.smtp
      ? `  E-mail is caught locally, not sent: log in as an admin and open ${url}/admin/mails`
      : '  E-mail is sent through SMTP_URL.',
    `  Data: ${services.embedded.postgres || services.embedded.meilisearch ? config.dataDir : 'external services'}   Stop: Ctrl-C`,
    '',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = new JsonLogger(config.logLevel);
  const log = (msg: string, fields?: Record<string, unknown>) => logger.event('info', msg, fields ?? {});
  const services = await startServices(config, (m) => logger.event('warn', m, {}));
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.event('info', 'stopping', { signal });
    const force = setTimeout(() => process.exit(1), 15_000);
    await app?.close().catch(() => undefined);
    await services.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await prepareDatabase(services.databaseUrl, config, log);
    app = await createApp(config, services, logger);
    await app.listen(config.port, config.host);
    // Only embedded services need finding by `npm run reindex`; with external ones the data folder may not be writable.
    if (services.embedded.postgres || services.embedded.meilisearch) writeRuntimeFile(config, services);
    log('listening', { host: config.host, port: config.port });
    await app.get(SearchIndex).whenReady();
    process.stdout.write(banner(config, services, ((Date.now() - started) / 1000).toFixed(1)) + '\n');
  } catch (err) {
    logger.event('error', 'start failed', { error: (err as Error).name, detail: (err as Error).message.slice(0, 500) });
    await app?.close().catch(() => undefined);
    await services.stop();
    process.exit(1);
  }
}

void main();
