import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 5, speed: summaries the board reports read instead of joining every referral to its
 * placement, employer and learner on each request.
 *
 * - `report_start_day` / `report_start_month`: placements started, counted per day (and per
 *   month) × placement type × SSYK group × employer sector × municipal own, with the three gender
 *   columns. A report for any period reads whole months from the month table and the days of a
 *   partial first or last month from the day table.
 * - They are refreshed on change: triggers on referral, placement, employer and learner mark the
 *   (municipality, month) whose figures a change can move as dirty in `report_dirty_month`; the
 *   next report for that municipality recomputes just those months from the source rows
 *   (`report_refresh_starts`), so the summary is always the aggregate of the data, never a counter
 *   that could drift. Rows a writer still holds are skipped (their change is not committed yet) and
 *   stay dirty for the next reader.
 * - `referral.report_stages`: the pipeline stages a referral reached as bits (1 accepted by the
 *   learner, 2 started, 4 completed, 8 in work after 90 days), stored, with covering indexes so the
 *   pipeline, first placement and 90-day figures are index-only scans.
 */
export class ReportSummaries1764000000510 implements MigrationInterface {
  name = 'ReportSummaries1764000000510';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, grain] of [['report_start_day', 'day'], ['report_start_month', 'month']]) {
      await q.query(`
        CREATE TABLE ${table} (
          tenant_code char(4) NOT NULL,
          ${grain} date NOT NULL,
          type_id uuid NOT NULL,
          ssyk_code text,
          sector text NOT NULL,
          municipal_own boolean NOT NULL,
          women int NOT NULL,
          men int NOT NULL,
          other_unknown int NOT NULL
        )`);
      await q.query(`CREATE INDEX ${table}_idx ON ${table} (tenant_code, ${grain})`);
    }
    await q.query(`
      CREATE TABLE report_dirty_month (
        tenant_code char(4) NOT NULL,
        month date NOT NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_code, month)
      )`);

    // Recompute the dirty months of one municipality; returns how many months it recomputed.
    await q.query(`
      CREATE FUNCTION report_refresh_starts(p_tenant char(4)) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        months date[];
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM report_dirty_month WHERE tenant_code = p_tenant) THEN
          RETURN 0;
        END IF;
        -- One refresher per municipality at a time; a second waits and then finds nothing left to do.
        PERFORM pg_advisory_xact_lock(hashtext('report_refresh_starts'), hashtext(p_tenant));
        WITH taken AS (
          DELETE FROM report_dirty_month d
           WHERE (d.tenant_code, d.month) IN (
                   SELECT tenant_code, month FROM report_dirty_month WHERE tenant_code = p_tenant
                    ORDER BY month FOR UPDATE SKIP LOCKED)
          RETURNING d.month)
        SELECT array_agg(month) INTO months FROM taken;
        IF months IS NULL THEN
          RETURN 0;
        END IF;
        DELETE FROM report_start_day s USING unnest(months) m(month)
         WHERE s.tenant_code = p_tenant AND s.day >= m.month AND s.day < (m.month + interval '1 month')::date;
        DELETE FROM report_start_month s WHERE s.tenant_code = p_tenant AND s.month = ANY(months);
        INSERT INTO report_start_day (tenant_code, day, type_id, ssyk_code, sector, municipal_own, women, men, other_unknown)
        SELECT r.tenant_code, r.started_on, p.type_id, p.ssyk_code, e.sector, e.municipal_own,
               count(*) FILTER (WHERE l.gender = 'female'), count(*) FILTER (WHERE l.gender = 'male'),
               count(*) FILTER (WHERE l.gender NOT IN ('female', 'male'))
          FROM unnest(months) m(month)
          JOIN referral r ON r.tenant_code = p_tenant AND r.started_on >= m.month AND r.started_on < (m.month + interval '1 month')::date
          JOIN learner l ON l.id = r.learner_id
          JOIN placement p ON p.id = r.placement_id
          JOIN employer e ON e.id = p.employer_id
         GROUP BY r.tenant_code, r.started_on, p.type_id, p.ssyk_code, e.sector, e.municipal_own;
        INSERT INTO report_start_month (tenant_code, month, type_id, ssyk_code, sector, municipal_own, women, men, other_unknown)
        SELECT s.tenant_code, m.month, s.type_id, s.ssyk_code, s.sector, s.municipal_own, sum(s.women), sum(s.men), sum(s.other_unknown)
          FROM unnest(months) m(month)
          JOIN report_start_day s ON s.tenant_code = p_tenant AND s.day >= m.month AND s.day < (m.month + interval '1 month')::date
         GROUP BY s.tenant_code, m.month, s.type_id, s.ssyk_code, s.sector, s.municipal_own;
        RETURN array_length(months, 1);
      END $$`);

    // Marking: the months whose started figures a change can move. Sorted, so writers lock in one order.
    await q.query(`
      CREATE FUNCTION report_mark_months(p_tenants char(4)[], p_days date[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_dirty_month (tenant_code, month)
        SELECT DISTINCT t, date_trunc('month', d)::date FROM unnest(p_tenants, p_days) AS x(t, d) WHERE d IS NOT NULL ORDER BY 1, 2
        ON CONFLICT (tenant_code, month) DO UPDATE SET marked_at = now()
      $$`);
    await q.query(`
      CREATE FUNCTION report_mark_referrals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM report_mark_months(array_agg(tenant_code), array_agg(started_on)) FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM report_mark_months(array_agg(tenant_code), array_agg(started_on)) FROM old_rows;
        ELSE
          PERFORM report_mark_months(array_agg(x.tenant_code), array_agg(x.started_on))
             FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES (o.tenant_code, o.started_on), (n.tenant_code, n.started_on)) x(tenant_code, started_on)
            WHERE (o.started_on, o.placement_id, o.learner_id, o.tenant_code) IS DISTINCT FROM (n.started_on, n.placement_id, n.learner_id, n.tenant_code);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER report_referral_insert AFTER INSERT ON referral REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_referrals()`);
    await q.query(`CREATE TRIGGER report_referral_update AFTER UPDATE ON referral REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_referrals()`);
    await q.query(`CREATE TRIGGER report_referral_delete AFTER DELETE ON referral REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_referrals()`);

    // A placement's type, occupation or employer, an employer's sector or own flag, a learner's gender.
    await q.query(`
      CREATE FUNCTION report_mark_dimension() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'placement' THEN
          PERFORM report_mark_months(array_agg(tenant_code), array_agg(started_on)) FROM referral WHERE placement_id = NEW.id AND started_on IS NOT NULL;
        ELSIF TG_TABLE_NAME = 'learner' THEN
          PERFORM report_mark_months(array_agg(tenant_code), array_agg(started_on)) FROM referral WHERE learner_id = NEW.id AND started_on IS NOT NULL;
        ELSE
          PERFORM report_mark_months(array_agg(r.tenant_code), array_agg(r.started_on))
             FROM placement p JOIN referral r ON r.placement_id = p.id WHERE p.employer_id = NEW.id AND r.started_on IS NOT NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER report_placement_update AFTER UPDATE OF type_id, ssyk_code, employer_id ON placement FOR EACH ROW
      WHEN ((OLD.type_id, OLD.ssyk_code, OLD.employer_id) IS DISTINCT FROM (NEW.type_id, NEW.ssyk_code, NEW.employer_id))
      EXECUTE FUNCTION report_mark_dimension()`);
    await q.query(`
      CREATE TRIGGER report_employer_update AFTER UPDATE OF sector, municipal_own ON employer FOR EACH ROW
      WHEN ((OLD.sector, OLD.municipal_own) IS DISTINCT FROM (NEW.sector, NEW.municipal_own))
      EXECUTE FUNCTION report_mark_dimension()`);
    await q.query(`
      CREATE TRIGGER report_learner_update AFTER UPDATE OF gender ON learner FOR EACH ROW
      WHEN (OLD.gender IS DISTINCT FROM NEW.gender)
      EXECUTE FUNCTION report_mark_dimension()`);

    // Pipeline stages as bits, and covering indexes for the person-level figures.
    await q.query(`
      ALTER TABLE referral ADD COLUMN report_stages smallint GENERATED ALWAYS AS (
        (CASE WHEN learner_accepted_at IS NOT NULL THEN 1 ELSE 0 END) | (CASE WHEN started_on IS NOT NULL THEN 2 ELSE 0 END) |
        (CASE WHEN end_kind = 'completed' THEN 4 ELSE 0 END) | (CASE WHEN outcome = 'work' THEN 8 ELSE 0 END)) STORED`);
    await q.query(`DROP INDEX referral_tenant_created_idx`);
    await q.query(`CREATE INDEX referral_report_pipeline_idx ON referral (tenant_code, created_at) INCLUDE (learner_id, report_stages)`);
    await q.query(`CREATE INDEX referral_report_first_idx ON referral (tenant_code, learner_id, started_on) WHERE started_on IS NOT NULL`);
    await q.query(`CREATE INDEX referral_report_outcome_idx ON referral (tenant_code, ended_on) INCLUDE (learner_id, outcome, placement_id) WHERE outcome IS NOT NULL`);
    await q.query(`CREATE INDEX placement_tenant_open_idx ON placement (tenant_code, end_date) WHERE status = 'open'`);

    // Fill the summaries for what is already there.
    await q.query(`SELECT report_mark_months(array_agg(tenant_code), array_agg(started_on)) FROM referral WHERE started_on IS NOT NULL`);
    await q.query(`SELECT report_refresh_starts(code) FROM tenant`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX placement_tenant_open_idx`);
    await q.query(`DROP INDEX referral_report_outcome_idx`);
    await q.query(`DROP INDEX referral_report_first_idx`);
    await q.query(`DROP INDEX referral_report_pipeline_idx`);
    await q.query(`CREATE INDEX referral_tenant_created_idx ON referral (tenant_code, created_at)`);
    await q.query(`ALTER TABLE referral DROP COLUMN report_stages`);
    await q.query(`DROP TRIGGER report_learner_update ON learner`);
    await q.query(`DROP TRIGGER report_employer_update ON employer`);
    await q.query(`DROP TRIGGER report_placement_update ON placement`);
    await q.query(`DROP FUNCTION report_mark_dimension()`);
    await q.query(`DROP TRIGGER report_referral_delete ON referral`);
    await q.query(`DROP TRIGGER report_referral_update ON referral`);
    await q.query(`DROP TRIGGER report_referral_insert ON referral`);
    await q.query(`DROP FUNCTION report_mark_referrals()`);
    await q.query(`DROP FUNCTION report_mark_months(char[], date[])`);
    await q.query(`DROP FUNCTION report_refresh_starts(char)`);
    await q.query(`DROP TABLE report_dirty_month`);
    await q.query(`DROP TABLE report_start_month`);
    await q.query(`DROP TABLE report_start_day`);
  }
}
