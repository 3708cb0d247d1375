import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 5: the municipality's targets, its report settings, and what the board reports need from
 * the referrals: when the learner accepted (the pipeline's second stage survives a later
 * withdrawal) and indexes for aggregation by period.
 */
export class TargetsReports1764000000500 implements MigrationInterface {
  name = 'TargetsReports1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('placements_started', 'own_praktik_places', 'local_places_created', 'work_or_studies_90d', 'women_share')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
        baseline numeric(12, 2) NOT NULL CHECK (baseline >= 0),
        value numeric(12, 2) NOT NULL CHECK (value >= 0),
        filters jsonb NOT NULL DEFAULT '{}',
        note text,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX report_target_tenant_idx ON report_target (tenant_code, period_end)`);
    await q.query(`
      ALTER TABLE tenant
        ADD COLUMN women_share_goal smallint NOT NULL DEFAULT 50 CHECK (women_share_goal BETWEEN 0 AND 100),
        ADD COLUMN pace_threshold smallint NOT NULL DEFAULT 10 CHECK (pace_threshold BETWEEN 1 AND 100)`);
    await q.query(`ALTER TABLE referral ADD COLUMN learner_accepted_at timestamptz`);
    await q.query(`
      UPDATE referral r SET learner_accepted_at = e.at
      FROM (SELECT referral_id, min(at) AS at FROM referral_event WHERE to_state = 'learner_accepted' GROUP BY referral_id) e
      WHERE e.referral_id = r.id`);
    await q.query(`CREATE INDEX referral_tenant_started_idx ON referral (tenant_code, started_on) WHERE started_on IS NOT NULL`);
    await q.query(`CREATE INDEX referral_tenant_ended_idx ON referral (tenant_code, ended_on) WHERE ended_on IS NOT NULL`);
    await q.query(`CREATE INDEX referral_tenant_created_idx ON referral (tenant_code, created_at)`);
    await q.query(`CREATE INDEX placement_tenant_start_idx ON placement (tenant_code, start_date)`);
    await q.query(`CREATE INDEX learner_establishment_exit_idx ON learner_establishment (exit_date) WHERE exit_date IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX learner_establishment_exit_idx`);
    await q.query(`DROP INDEX placement_tenant_start_idx`);
    await q.query(`DROP INDEX referral_tenant_created_idx`);
    await q.query(`DROP INDEX referral_tenant_ended_idx`);
    await q.query(`DROP INDEX referral_tenant_started_idx`);
    await q.query(`ALTER TABLE referral DROP COLUMN learner_accepted_at`);
    await q.query(`ALTER TABLE tenant DROP COLUMN pace_threshold, DROP COLUMN women_share_goal`);
    await q.query(`DROP TABLE report_target`);
  }
}
