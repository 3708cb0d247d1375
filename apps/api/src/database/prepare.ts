import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { loadReferenceData } from '../reference/reference-loader';
import { seedDemoData } from '../seed/demo-data';
import { seedPlacementTypes } from '../placement-types/placement-types.seed';
import { seedDemoPlacements } from '../seed/demo-placements';
import { seedDemoLearners } from '../seed/demo-learners';
import { seedDemoReferrals } from '../seed/demo-referrals';
import { seedDemoTargets } from '../seed/demo-targets';

type Log = (msg: string, fields?: Record<string, unknown>) => void;

/**
 * Brings a database up to date before the app serves: migrations, reference data, demo data.
 * Holds an advisory lock so two instances starting together do not race.
 */
export async function prepareDatabase(url: string, config: Pick<AppConfig, 'loadDemoData' | 'demoPassword' | 'passwordHashMemoryKiB'>, log: Log): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(20260188)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length) log('migrations applied', { migrations: applied.map((m) => m.name) });
    await loadReferenceData(ds, log);
    await seedPlacementTypes(ds);
    if (config.loadDemoData) {
      await seedDemoData(ds, config.demoPassword, config.passwordHashMemoryKiB, log);
      // Dates are laid out from today, the first time only: later starts leave the rows alone.
      await seedDemoPlacements(ds, new Date().toISOString().slice(0, 10), log);
      await seedDemoLearners(ds, new Date().toISOString().slice(0, 10), log);
      await seedDemoReferrals(ds, new Date().toISOString().slice(0, 10), log);
      await seedDemoTargets(ds, new Date().toISOString().slice(0, 10), log);
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock(20260188)').catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
