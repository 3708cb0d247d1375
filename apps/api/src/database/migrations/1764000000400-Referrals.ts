import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 4: referrals (a learner proposed for a placement) and their case history. The states and
 * who may move them are data in libs/matching/src/referral.ts.
 */
export class Referrals1764000000400 implements MigrationInterface {
  name = 'Referrals1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_code char(4) NOT NULL REFERENCES tenant(code),
        learner_id uuid NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        placement_id uuid NOT NULL REFERENCES placement(id),
        proposed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        state text NOT NULL CHECK (state IN ('proposed', 'learner_declined', 'learner_accepted', 'employer_declined', 'employer_accepted',
          'interview_booked', 'agreement_proposed', 'agreed', 'started', 'ended', 'assessed', 'closed', 'withdrawn')),
        score smallint,
        reason text,
        interview_at timestamptz,
        interview_place text,
        interpreter_needed boolean,
        agreement jsonb,
        employer_confirmed_at timestamptz,
        learner_confirmed_at timestamptz,
        coach_confirmed_at timestamptz,
        started_on date,
        ended_on date,
        end_kind text CHECK (end_kind IN ('completed', 'aborted')),
        end_reason text,
        assessment jsonb,
        outcome text CHECK (outcome IN ('work', 'studies', 'other_measure', 'neither')),
        outcome_recorded_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX referral_placement_idx ON referral (placement_id, state)`);
    await q.query(`CREATE INDEX referral_learner_idx ON referral (learner_id, state)`);
    // One live referral per learner and placement.
    await q.query(`CREATE UNIQUE INDEX referral_active_uq ON referral (learner_id, placement_id)
      WHERE state IN ('proposed', 'learner_accepted', 'employer_accepted', 'interview_booked', 'agreement_proposed', 'agreed', 'started')`);
    await q.query(`
      CREATE TABLE referral_event (
        id bigserial PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        from_state text,
        to_state text NOT NULL,
        action text NOT NULL,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_role text NOT NULL,
        note text,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX referral_event_idx ON referral_event (referral_id, at)`);
    // A newcomer marks a placement or job track as interesting: a signal for the coach.
    await q.query(`
      CREATE TABLE placement_interest (
        learner_id uuid NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
        placement_id uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (learner_id, placement_id)
      )`);
    await q.query(`CREATE INDEX placement_interest_placement_idx ON placement_interest (placement_id)`);
    // A calendar invitation (iCalendar text) sent with a mail, e.g. for an interview.
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN ics text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN ics`);
    await q.query(`DROP TABLE placement_interest`);
    await q.query(`DROP TABLE referral_event`);
    await q.query(`DROP TABLE referral`);
  }
}
