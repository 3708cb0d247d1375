import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 4: the matching score's weights are the municipality's data (occupation, experience,
 * skills, languages, distance, waiting, priority group; whole points 0–100). NULL: the product's
 * defaults (DEFAULT_WEIGHTS in libs/matching), so a later change of the defaults reaches every
 * municipality that never set its own.
 */
export class MatchingWeights1764000000520 implements MigrationInterface {
  name = 'MatchingWeights1764000000520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant ADD COLUMN matching_weights jsonb CHECK (matching_weights IS NULL OR jsonb_typeof(matching_weights) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant DROP COLUMN matching_weights`);
  }
}
