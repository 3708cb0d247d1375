import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Step 3: the date of the next follow-up meeting, so the learner and the coach both see it. */
export class PlanNextFollowUp1764000000310 implements MigrationInterface {
  name = 'PlanNextFollowUp1764000000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE career_plan ADD COLUMN next_follow_up_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE career_plan DROP COLUMN next_follow_up_on`);
  }
}
