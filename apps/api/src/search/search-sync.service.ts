import { Inject, Injectable } from '@nestjs/common';
import { PollingWorker } from '../common/polling-worker';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JsonLogger } from '../common/logger';
import { retryDelaySeconds } from '../mail/outbox.service';
import { SearchIndex, settled } from './search-index.service';

/**
 * Keeps indexes in step with PostgreSQL. A change writes "index X, document Y changed" into
 * search_outbox in its own transaction; this worker rebuilds those documents from the database
 * and sends them to Meilisearch, deleting the ones that should no longer be found. When
 * Meilisearch is down the rows stay and are retried with backoff: nothing is lost.
 */
@Injectable()
export class SearchSync extends PollingWorker {
  protected readonly workerName = 'search sync';

  constructor(
    private readonly ds: DataSource,
    private readonly search: SearchIndex,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {
    super();
  }

  protected get log(): JsonLogger {
    return this.logger;
  }

  protected async pass(): Promise<number> {
    // Until the first indexing pass is done there is nothing to keep in step.
    await this.search.whenReady().catch(() => undefined);
    return this.processDue();
  }

  /** Records, in the caller's transaction, that these documents must be rewritten. Call wake() after the commit. */
  async enqueue(manager: EntityManager, indexName: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`INSERT INTO search_outbox (index_name, doc_id) SELECT $1, unnest($2::text[])`, [indexName, ids]);
  }

  /** Applies due outbox rows; returns how many it worked on (applied or failed). */
  async processDue(batch = 1000): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows: { id: string; index_name: string; doc_id: string; attempts: number }[] = await m.query(
        `SELECT id, index_name, doc_id, attempts FROM search_outbox WHERE next_attempt_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batch],
      );
      if (rows.length === 0) return 0;
      const byIndex = new Map<string, string[]>();
      for (const r of rows) byIndex.set(r.index_name, [...(byIndex.get(r.index_name) ?? []), r.doc_id]);
      try {
        for (const [name, rawIds] of byIndex) {
          const def = this.search.definitions().find((d) => d.name === name);
          if (!def?.documentsFor) continue;
          const ids = [...new Set(rawIds)];
          const docs = await def.documentsFor(this.ds, ids);
          const present = new Set(docs.map((d) => String(d[def.primaryKey])));
          const gone = ids.filter((id) => !present.has(id));
          const index = this.search.index(name);
          if (docs.length) await settled(index.addDocuments(docs, { primaryKey: def.primaryKey }), 60_000);
          if (gone.length) await settled(index.deleteDocuments(gone), 60_000);
        }
        await m.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      } catch (err) {
        const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
        const delay = retryDelaySeconds(attempts, this.config.searchRetryMaxSeconds);
        await m.query(
          `UPDATE search_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2), last_error = $3 WHERE id = ANY($1::bigint[])`,
          [rows.map((r) => r.id), delay, (err as Error).name],
        );
        this.logger.event('warn', 'search sync failed, will retry', { rows: rows.length, attempts, retryInSeconds: delay, error: (err as Error).name });
      }
      return rows.length;
    });
  }

  /** Applies everything queued, waiting on Meilisearch's tasks (used by tests and the reindex command). */
  async flush(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM search_outbox`);
      if (n === 0) return;
      if (Date.now() > deadline) throw new Error(`search outbox still holds ${n} rows`);
      await this.ds.query(`UPDATE search_outbox SET next_attempt_at = now() WHERE next_attempt_at > now()`);
      if ((await this.processDue()) === 0) await new Promise((r) => setTimeout(r, 20)); // another worker holds the rows
    }
  }
}
