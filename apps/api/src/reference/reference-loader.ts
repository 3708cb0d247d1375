import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { ReferenceDataError } from './reference-transform';
import { SOURCE_FILES, buildReferenceTables, type SourceName, type SourceTexts, type TableData } from './reference-sources';

/** `apps/api/data/reference`, both from `apps/api/src/reference` and from `apps/api/dist/reference`. */
export const DEFAULT_REFERENCE_DATA_DIR = path.resolve(__dirname, '../../data/reference');

/**
 * Part of the hash: bump it when the loader turns the same files into different rows, so the next
 * boot reloads.
 */
const LOADER_VERSION = 'reference-loader/1';

/** Rows per INSERT; each statement sends one array per column, so this only bounds statement size. */
const BATCH_ROWS = 5000;

/** Serialises loads when several instances (or test workers) boot against one database. */
const ADVISORY_LOCK_KEY = 7_729_100_001;

type Log = (msg: string, fields?: Record<string, unknown>) => void;
type Queryable = Pick<EntityManager, 'query'>;

/** The tables the loader fills, in insert order (parents first). */
export const REFERENCE_TABLES = [
  'ref_county',
  'ref_municipality',
  'ref_place',
  'ref_occupation_field',
  'ref_ssyk_group',
  'ref_occupation_name',
  'ref_skill',
  'ref_ssyk_skill',
  'ref_esco_occupation',
  'ref_esco_occupation_mapping',
  'ref_esco_skill_mapping',
  'ref_sun_level',
  'ref_sun_field',
  'ref_sfi_course',
  'ref_sfi_study_path',
  'ref_sfi_study_path_course',
  'ref_language',
  'ref_driving_licence',
  'ref_employment_type',
  'ref_employment_duration',
  'ref_worktime_extent',
  'ref_kolada_kpi',
] as const;

/** Reads and hashes the source files; decoding waits until a load needs the text. */
function readSources(dataDir: string): { sha256: string; texts: () => SourceTexts } {
  const hash = createHash('sha256').update(LOADER_VERSION);
  const names = Object.keys(SOURCE_FILES) as SourceName[];
  const bytes = names.map((name) => fs.readFileSync(path.join(dataDir, SOURCE_FILES[name])));
  names.forEach((name, i) => {
    // Name and length first, so moving bytes between files changes the hash.
    hash.update(`\u0000${SOURCE_FILES[name]}\u0000${bytes[i].length}\u0000`).update(bytes[i]);
  });
  const texts = () => Object.fromEntries(names.map((name, i) => [name, bytes[i].toString('utf8')])) as SourceTexts;
  return { sha256: hash.digest('hex'), texts };
}

/** True when every table was last loaded from files with this hash. */
async function isLoaded(db: Queryable, sha256: string): Promise<boolean> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM ref_dataset WHERE sha256 = $1 AND name = ANY($2::text[])`, [
    sha256,
    [...REFERENCE_TABLES],
  ]);
  return rows[0]?.n === REFERENCE_TABLES.length;
}

/** Multi-row insert: one array parameter per column, unnested into rows. */
async function insertRows(db: Queryable, data: TableData): Promise<void> {
  const columns = Object.keys(data.columns);
  const arrays = columns.map((c, i) => `$${i + 1}::${data.columns[c]}[]`).join(', ');
  const sql = `INSERT INTO ${data.table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < data.rows.length; start += BATCH_ROWS) {
    const batch = data.rows.slice(start, start + BATCH_ROWS);
    await db.query(sql, columns.map((c) => batch.map((row) => row[c])));
  }
}

/**
 * Loads the reference files into the `ref_*` tables when they differ from what was last loaded
 * (one sha256 over all files). Otherwise it only reads and hashes the files, which takes a few
 * milliseconds. A load replaces every table in one transaction, so readers see the old data or the
 * new, never a mix. Logs counts per table; the data holds no personal data.
 */
export async function loadReferenceData(ds: DataSource, log: Log, dataDir: string = DEFAULT_REFERENCE_DATA_DIR): Promise<{ changed: boolean }> {
  const started = Date.now();
  const { texts, sha256 } = readSources(dataDir);
  if (await isLoaded(ds, sha256)) {
    log('reference data up to date', { sha256: sha256.slice(0, 12), ms: Date.now() - started });
    return { changed: false };
  }

  const tables = buildReferenceTables(texts());
  const names = tables.map((t) => t.table);
  if (names.join() !== REFERENCE_TABLES.join()) throw new ReferenceDataError(`reference tables out of step: ${names.join(', ')}`);

  const changed = await ds.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    // Another instance may have loaded the same files while this one waited for the lock.
    if (await isLoaded(tx, sha256)) return false;
    await tx.query(`TRUNCATE ${[...REFERENCE_TABLES, 'ref_dataset'].join(', ')}`);
    for (const data of tables) await insertRows(tx, data);
    await tx.query(
      `INSERT INTO ref_dataset (name, sha256, row_count, loaded_at)
       SELECT name, $1, row_count, now() FROM unnest($2::text[], $3::int4[]) AS t(name, row_count)`,
      [sha256, names, tables.map((t) => t.rows.length)],
    );
    return true;
  });

  if (!changed) {
    log('reference data loaded by another instance', { sha256: sha256.slice(0, 12), ms: Date.now() - started });
    return { changed: false };
  }
  for (const t of tables) {
    log('reference table loaded', {
      table: t.table,
      rows: t.rows.length,
      ...(t.duplicates > 0 ? { duplicatesDropped: t.duplicates } : {}),
      ...(t.skipped > 0 ? { sourceRowsSkipped: t.skipped } : {}),
    });
  }
  log('reference data loaded', {
    sha256: sha256.slice(0, 12),
    tables: tables.length,
    rows: tables.reduce((sum, t) => sum + t.rows.length, 0),
    ms: Date.now() - started,
  });
  return { changed: true };
}
