import type { DataSource } from 'typeorm';
import type { Settings } from 'meilisearch';

/**
 * One Meilisearch index that a feature owns. Features register their definitions with the
 * SearchIndex service (`searchIndex.register(def)` in the module's constructor or onModuleInit);
 * the service creates the index and its settings on boot, fills it when it is empty or its
 * document count differs from `count()`, and `npm run reindex` rebuilds it with progress output.
 */
export interface IndexDefinition<Doc extends Record<string, unknown> = Record<string, unknown>> {
  /** Name without prefix, e.g. "occupations". */
  name: string;
  /**
   * "reference": the same for every tenant and instance of a run (may be shared by test workers);
   * "tenant": holds tenant rows, one per instance prefix; documents must carry `tenantCode`.
   */
  scope: 'reference' | 'tenant';
  primaryKey: string;
  settings: Settings;
  /** How many documents a complete index holds, counted from PostgreSQL. */
  count(ds: DataSource): Promise<number>;
  /** All documents, in batches (a few thousand each), read from PostgreSQL. */
  documents(ds: DataSource): AsyncIterable<Doc[]>;
  /**
   * The documents that should exist now for these ids (for the search outbox); an id without a
   * document is deleted from the index. Needed by indexes that change with user data.
   */
  documentsFor?(ds: DataSource, ids: string[]): Promise<Doc[]>;
}
