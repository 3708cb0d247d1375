import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 2: employer registration and approval, sites, supervisors, placement types as data,
 * placements and job tracks, and the outbox that keeps the search index in step.
 * Reference codes (SSYK, places, skills, languages, licences) are stored as codes without
 * foreign keys: the ref_ tables are reloaded wholesale when the reference data changes.
 */
export class EmployersPlacements1764000000200 implements MigrationInterface {
  name = 'EmployersPlacements1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE employer
        ADD COLUMN sector text NOT NULL DEFAULT 'private' CHECK (sector IN ('private', 'public', 'non_profit')),
        ADD COLUMN municipal_own boolean NOT NULL DEFAULT false,
        ADD COLUMN occupation_fields text[] NOT NULL DEFAULT '{}',
        ADD COLUMN description text,
        ADD COLUMN status text NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified', 'pending', 'approved', 'rejected')),
        ADD COLUMN decision_reason text,
        ADD COLUMN decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE employer SET status = CASE WHEN approved THEN 'approved' ELSE 'pending' END`);
    await q.query(`ALTER TABLE employer DROP COLUMN approved`);
    await q.query(`CREATE UNIQUE INDEX employer_orgnr_uq ON employer (tenant_code, organisation_number)`);
    await q.query(`CREATE INDEX employer_tenant_status_idx ON employer (tenant_code, status)`);

    await q.query(`ALTER TABLE one_time_token DROP CONSTRAINT one_time_token_purpose_check`);
    await q.query(`ALTER TABLE one_time_token ADD CONSTRAINT one_time_token_purpose_check CHECK (purpose IN ('invitation', 'password_reset', 'email_verification'))`);

    await q.query(`
      CREATE TABLE employer_site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        name text NOT NULL,
        street_address text,
        postal_code text,
        place_id text NOT NULL,
        place_label text NOT NULL,
        municipality_code char(4) NOT NULL,
        lat double precision,
        lon double precision,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX employer_site_employer_idx ON employer_site (employer_id)`);

    await q.query(`
      CREATE TABLE supervisor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        name text NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 20),
        trained boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX supervisor_employer_idx ON supervisor (employer_id)`);

    // National types have tenant_code NULL; a municipality's own values or local types carry its code.
    await q.query(`
      CREATE TABLE placement_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) REFERENCES tenant(code),
        code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,40}$'),
        kind text NOT NULL DEFAULT 'placement' CHECK (kind IN ('placement', 'jobTrack')),
        name_sv text NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        description_sv text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        description_ar text NOT NULL DEFAULT '',
        paid boolean NOT NULL,
        allowed_sectors text[] NOT NULL,
        min_weeks int CHECK (min_weeks >= 0),
        max_weeks int CHECK (max_weeks >= 1),
        sfi_combination_required boolean NOT NULL DEFAULT false,
        max_hours_per_week int CHECK (max_hours_per_week BETWEEN 1 AND 60),
        requires_establishment_programme boolean NOT NULL DEFAULT false,
        age_min int,
        age_max int,
        supervisor_required boolean NOT NULL DEFAULT false,
        decided_by_employment_service boolean NOT NULL DEFAULT false,
        counts_towards text[] NOT NULL DEFAULT '{}',
        valid_from date NOT NULL,
        valid_to date,
        source text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_weeks IS NULL OR max_weeks IS NULL OR min_weeks <= max_weeks),
        CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    await q.query(`CREATE UNIQUE INDEX placement_type_national_code_uq ON placement_type (code) WHERE tenant_code IS NULL`);
    await q.query(`CREATE UNIQUE INDEX placement_type_tenant_code_uq ON placement_type (tenant_code, code) WHERE tenant_code IS NOT NULL`);

    await q.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        employer_id uuid NOT NULL REFERENCES employer(id),
        type_id uuid NOT NULL REFERENCES placement_type(id),
        kind text NOT NULL CHECK (kind IN ('placement', 'jobTrack')),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        translations jsonb NOT NULL DEFAULT '{}',
        ssyk_code char(4),
        occupation_name_id text,
        required_skills text[] NOT NULL DEFAULT '{}',
        nice_skills text[] NOT NULL DEFAULT '{}',
        min_sfi_course char(1) CHECK (min_sfi_course IN ('A', 'B', 'C', 'D')),
        helpful_languages text[] NOT NULL DEFAULT '{}',
        licences text[] NOT NULL DEFAULT '{}',
        site_id uuid REFERENCES employer_site(id),
        days text[] NOT NULL DEFAULT '{}',
        hours_per_week int NOT NULL CHECK (hours_per_week BETWEEN 1 AND 60),
        start_date date NOT NULL,
        end_date date,
        fits_sfi_morning boolean NOT NULL DEFAULT false,
        fits_sfi_afternoon boolean NOT NULL DEFAULT false,
        seats int NOT NULL CHECK (seats >= 1),
        supervisor_id uuid REFERENCES supervisor(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'filled', 'closed')),
        contact_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX placement_tenant_status_idx ON placement (tenant_code, status)`);
    await q.query(`CREATE INDEX placement_employer_idx ON placement (employer_id)`);

    await q.query(`
      CREATE TABLE job_track_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placement_id uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        position int NOT NULL,
        step_kind text NOT NULL CHECK (step_kind IN ('sfi', 'yrkes_sfi', 'course', 'validation', 'praktik', 'interview', 'job')),
        title text NOT NULL,
        weeks int CHECK (weeks BETWEEN 0 AND 520),
        UNIQUE (placement_id, position)
      )`);
    await q.query(`
      CREATE TABLE job_track_partner (
        placement_id uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id),
        PRIMARY KEY (placement_id, employer_id)
      )`);

    // Rows whose search documents must be rewritten; written in the same transaction as the change.
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        index_name text NOT NULL,
        doc_id text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['search_outbox', 'job_track_partner', 'job_track_step', 'placement', 'placement_type', 'supervisor', 'employer_site']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`ALTER TABLE one_time_token DROP CONSTRAINT one_time_token_purpose_check`);
    await q.query(`DELETE FROM one_time_token WHERE purpose = 'email_verification'`);
    await q.query(`ALTER TABLE one_time_token ADD CONSTRAINT one_time_token_purpose_check CHECK (purpose IN ('invitation', 'password_reset'))`);
    await q.query(`DROP INDEX IF EXISTS employer_orgnr_uq`);
    await q.query(`DROP INDEX IF EXISTS employer_tenant_status_idx`);
    await q.query(`ALTER TABLE employer ADD COLUMN approved boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE employer SET approved = (status = 'approved')`);
    await q.query(`
      ALTER TABLE employer DROP COLUMN sector, DROP COLUMN municipal_own, DROP COLUMN occupation_fields, DROP COLUMN description,
        DROP COLUMN status, DROP COLUMN decision_reason, DROP COLUMN decided_by, DROP COLUMN decided_at, DROP COLUMN updated_at`);
  }
}
