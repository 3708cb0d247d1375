import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 3: learner profiles (the competence mapping), the career plan with steps and follow-ups,
 * consent per purpose, coach handovers, erasure requests, and the anonymous statistics rows an
 * erasure leaves behind. Reference codes are stored without foreign keys (the ref_ tables are
 * reloaded wholesale); the API checks them on write.
 */
export class Learners1764000000300 implements MigrationInterface {
  name = 'Learners1764000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant ADD COLUMN stalled_weeks smallint NOT NULL DEFAULT 6 CHECK (stalled_weeks BETWEEN 1 AND 52)`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN reason text`);

    const item = `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        verification text NOT NULL DEFAULT 'self_reported' CHECK (verification IN ('self_reported', 'verified')),
        entered_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        entered_by_role text NOT NULL,
        verified_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;

    await q.query(`
      CREATE TABLE learner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        user_id uuid UNIQUE REFERENCES app_user(id) ON DELETE SET NULL,
        coach_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        email text CHECK (email = lower(email)),
        phone text,
        preferred_languages text[] NOT NULL DEFAULT '{}',
        gender text NOT NULL DEFAULT 'unknown' CHECK (gender IN ('female', 'male', 'other', 'unknown')),
        birth_year smallint NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
        protected_identity boolean NOT NULL DEFAULT false,
        home_place_id text,
        sfi_study_path smallint CHECK (sfi_study_path BETWEEN 1 AND 3),
        licences text[] NOT NULL DEFAULT '{}',
        available_from date,
        hours_per_week smallint CHECK (hours_per_week BETWEEN 1 AND 60),
        sfi_lesson_time text CHECK (sfi_lesson_time IN ('morning', 'afternoon', 'evening', 'distance', 'none')),
        travel_minutes smallint CHECK (travel_minutes BETWEEN 0 AND 240),
        travel_modes text[] NOT NULL DEFAULT '{}',
        interest_fields text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX learner_tenant_coach_idx ON learner (tenant_code, coach_id)`);
    await q.query(`CREATE INDEX learner_tenant_name_idx ON learner (tenant_code, last_name, first_name)`);

    await q.query(`
      CREATE TABLE learner_establishment (${item},
        residence_permit_date date,
        programme_start date,
        exit_date date,
        exit_reason text CHECK (exit_reason IN ('work', 'studies', 'moved', 'parental_leave', 'illness', 'other')),
        status_90_days text CHECK (status_90_days IN ('work', 'studies', 'work_and_studies', 'neither', 'unknown')),
        CHECK (exit_date IS NULL OR programme_start IS NULL OR exit_date >= programme_start),
        CHECK (exit_date IS NOT NULL OR (exit_reason IS NULL AND status_90_days IS NULL))
      )`);
    await q.query(`
      CREATE TABLE learner_education (${item},
        sun_level text NOT NULL,
        sun_field text,
        title text,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        years smallint CHECK (years BETWEEN 0 AND 30)
      )`);
    await q.query(`
      CREATE TABLE learner_experience (${item},
        ssyk_code char(4),
        occupation_name_id text,
        esco_uri text,
        title text,
        years numeric(4, 1) CHECK (years BETWEEN 0 AND 60),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        CHECK (ssyk_code IS NOT NULL OR occupation_name_id IS NOT NULL OR esco_uri IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE learner_skill (${item},
        skill_id text NOT NULL,
        UNIQUE (learner_id, skill_id)
      )`);
    await q.query(`
      CREATE TABLE learner_language (${item},
        language_id text NOT NULL,
        level text NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
        UNIQUE (learner_id, language_id)
      )`);
    await q.query(`
      CREATE TABLE learner_sfi_course (${item},
        course char(1) NOT NULL CHECK (course IN ('A', 'B', 'C', 'D')),
        start_date date NOT NULL,
        end_date date,
        result text NOT NULL CHECK (result IN ('A', 'B', 'C', 'D', 'E', 'F', 'continuing', 'dropped')),
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK (result = 'continuing' OR end_date IS NOT NULL)
      )`);
    for (const table of ['learner_establishment', 'learner_education', 'learner_experience', 'learner_skill', 'learner_language', 'learner_sfi_course']) {
      await q.query(`CREATE INDEX ${table}_learner_idx ON ${table} (learner_id)`);
    }

    await q.query(`
      CREATE TABLE career_plan (
        learner_id uuid PRIMARY KEY REFERENCES learner(id) ON DELETE CASCADE,
        goal_ssyk text[] NOT NULL DEFAULT '{}',
        goal_fields text[] NOT NULL DEFAULT '{}',
        goal_text text,
        start_date date NOT NULL,
        planned_hours smallint NOT NULL DEFAULT 40 CHECK (planned_hours BETWEEN 0 AND 60),
        review_held_on date,
        review_notes text,
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE plan_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL REFERENCES career_plan(learner_id) ON DELETE CASCADE,
        position smallint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('sfi', 'yrkes_sfi', 'validation', 'course', 'praktik', 'job_track', 'job', 'other')),
        title text NOT NULL,
        start_date date,
        end_date date,
        hours_per_week smallint CHECK (hours_per_week BETWEEN 0 AND 60),
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
        placement_id uuid REFERENCES placement(id) ON DELETE SET NULL,
        status_changed_on date NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX plan_step_learner_idx ON plan_step (learner_id, position)`);
    await q.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learner_id uuid NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        attendance text NOT NULL CHECK (attendance IN ('attended', 'absent')),
        absence_reason text CHECK (absence_reason IN ('illness', 'child_care', 'appointment', 'no_reason', 'other')),
        notes text,
        progress_language text CHECK (progress_language IN ('worse', 'same', 'better')),
        progress_work text CHECK (progress_work IN ('worse', 'same', 'better')),
        progress_housing text CHECK (progress_housing IN ('worse', 'same', 'better')),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((attendance = 'absent') = (absence_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX follow_up_learner_idx ON follow_up (learner_id, held_on DESC)`);

    await q.query(`
      CREATE TABLE learner_consent (
        id bigserial PRIMARY KEY,
        learner_id uuid NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('share_with_employers', 'receive_email')),
        given boolean NOT NULL,
        text_version text NOT NULL,
        language text NOT NULL,
        recorded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        recorded_by_role text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX learner_consent_idx ON learner_consent (learner_id, purpose, recorded_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE learner_coach_change (
        id bigserial PRIMARY KEY,
        learner_id uuid NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        from_coach_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        to_coach_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        changed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL,
        reason text
      )`);
    await q.query(`CREATE INDEX learner_coach_change_idx ON learner_coach_change (learner_id, changed_at)`);

    await q.query(`
      CREATE TABLE erasure_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        learner_id uuid REFERENCES learner(id) ON DELETE SET NULL,
        requested_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        requested_by_role text NOT NULL,
        requested_at timestamptz NOT NULL,
        request_text text,
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'rejected')),
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text
      )`);
    await q.query(`CREATE UNIQUE INDEX erasure_request_open_uq ON erasure_request (learner_id) WHERE status = 'requested'`);

    // What an erasure keeps: no name, no contact, no id that leads back; only what the board's
    // statistics count.
    await q.query(`
      CREATE TABLE anonymised_learner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        gender text NOT NULL,
        birth_year smallint NOT NULL,
        registered_on date NOT NULL,
        establishment jsonb NOT NULL DEFAULT '[]',
        sfi_courses jsonb NOT NULL DEFAULT '[]',
        anonymised_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'anonymised_learner', 'erasure_request', 'learner_coach_change', 'learner_consent', 'follow_up', 'plan_step', 'career_plan',
      'learner_sfi_course', 'learner_language', 'learner_skill', 'learner_experience', 'learner_education', 'learner_establishment', 'learner',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE audit_event DROP COLUMN reason`);
    await q.query(`ALTER TABLE tenant DROP COLUMN stalled_weeks`);
  }
}
