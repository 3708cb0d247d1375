import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JsonLogger } from '../common/logger';
import { SearchIndex } from '../search/search-index.service';
import { occupationLexicon } from '../placements/occupation-lexicon';
import { OccupationRanker } from './lexical/occupation-ranker';
import { readRankingRows, type RankingRows } from './lexical/reference-rows';
import { SkillRanker } from './lexical/skill-ranker';

/**
 * The in-process rankers behind `GET /api/reference/occupations` and the skill search, built once
 * per process from the `ref_*` tables (which change only when the app boots with new reference
 * files) and the product's occupation translations. Building the occupation ranker takes about
 * five seconds of CPU (two of them training its re-ranker) and some 35 MB, so it is not done in
 * every test app: outside tests both are built in the background just after boot; otherwise on
 * first use. A failed build is retried on the next request.
 */
@Injectable()
export class ReferenceRankers implements OnApplicationBootstrap, OnModuleDestroy {
  private occupations?: Promise<OccupationRanker>;
  private skills?: Promise<SkillRanker>;
  private warmUp?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
    private readonly search: SearchIndex,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    // After the search indexes are ready: the build holds the event loop for a few seconds, and
    // the app should first become healthy (the ranker is only needed when someone types).
    this.warmUp = setTimeout(() => {
      this.search
        .whenReady()
        .catch(() => undefined)
        .then(() => this.occupationRanker())
        .then(() => this.skillRanker())
        .catch(() => undefined); // logged by build(); the first request retries
    }, 500);
    this.warmUp.unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.warmUp);
  }

  occupationRanker(): Promise<OccupationRanker> {
    this.occupations ??= this.build('occupations', async () => {
      const ranker = new OccupationRanker(await this.loadRows(), occupationLexicon());
      return { value: ranker, fields: { labels: ranker.labelCount } };
    }, () => (this.occupations = undefined));
    return this.occupations;
  }

  skillRanker(): Promise<SkillRanker> {
    this.skills ??= this.build('skills', async () => ({ value: new SkillRanker(await this.loadRows()), fields: {} }), () => (this.skills = undefined));
    return this.skills;
  }

  /** Read afresh for each ranker (twice per process), so the rows are not kept once built. */
  private loadRows(): Promise<RankingRows> {
    return readRankingRows(this.ds);
  }

  private build<T>(name: string, make: () => Promise<{ value: T; fields: Record<string, unknown> }>, forget: () => void): Promise<T> {
    const started = Date.now();
    return make().then(
      ({ value, fields }) => {
        this.logger.event('info', 'reference ranker built', { ranker: name, ms: Date.now() - started, ...fields });
        return value;
      },
      (err: Error) => {
        forget();
        this.logger.event('error', 'reference ranker could not be built', { ranker: name, error: err.name, detail: err.message.slice(0, 200) });
        throw err;
      },
    );
  }
}
