import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants, users, tokens, the mail outbox and the audit log. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant (
        code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        name text NOT NULL,
        require_totp_for_staff boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        name text NOT NULL,
        organisation_number text,
        approved boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX employer_tenant_idx ON employer (tenant_code)`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text,
        role text NOT NULL CHECK (role IN ('admin', 'coach', 'employer', 'newcomer')),
        display_name text NOT NULL,
        locale text NOT NULL DEFAULT 'sv',
        active boolean NOT NULL DEFAULT true,
        token_version int NOT NULL DEFAULT 0,
        totp_secret text,
        totp_pending_secret text,
        totp_enabled boolean NOT NULL DEFAULT false,
        employer_id uuid REFERENCES employer(id),
        coach_id uuid REFERENCES app_user(id),
        invited_by uuid REFERENCES app_user(id),
        activated_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'employer' OR employer_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (email)`);
    await q.query(`CREATE INDEX app_user_tenant_role_idx ON app_user (tenant_code, role)`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);
    await q.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX one_time_token_user_idx ON one_time_token (user_id, purpose)`);
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) REFERENCES tenant(code),
        to_address text NOT NULL,
        template text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_role text,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        at timestamptz NOT NULL,
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_event_subject_idx ON audit_event (tenant_code, subject_type, subject_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'mail_outbox', 'one_time_token', 'refresh_token', 'app_user', 'employer', 'tenant']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
