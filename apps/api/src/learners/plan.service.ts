import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addMonths, isStalled, reviewDue, type CareerPlan, type ReadReason } from '@jobbrygga/domain';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { requireReferences } from '../reference/reference-checks';
import type { FollowUpBody, PlanBody, PlanStepBody, ReviewBody } from './dto';
import { LearnerAccess, type LearnerKey } from './learner-access';

const future = (field: string) => new AppError('DATE_IN_FUTURE', { field }, {}, [{ field, problem: 'future' }]);
const outOfOrder = (field: string) => new AppError('DATES_OUT_OF_ORDER', { field }, {}, [{ field, problem: 'beforeStart' }]);

/**
 * The career plan (individuell handlingsplan): goals, ordered steps, follow-ups and the joint
 * review after 12 months. Staff write it; the learner reads it in their language.
 */
@Injectable()
export class PlanService {
  constructor(private readonly ds: DataSource, private readonly access: LearnerAccess) {}

  async plan(caller: AuthUser, id: string, reason?: ReadReason, requestId?: string, skipAudit = false): Promise<CareerPlan> {
    const key = await this.access.find(caller, id);
    if (!skipAudit) await this.access.recordRead(caller, key, 'learner.plan.read', reason ?? 'plan', requestId);
    return this.load(this.ds.manager, key);
  }

  private async load(m: EntityManager, key: LearnerKey): Promise<CareerPlan> {
    const today = this.access.today();
    const [plan] = await m.query(
      `SELECT p.goal_ssyk AS "goalSsyk", p.goal_fields AS "goalFields", p.goal_text AS "goalText", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
              p.planned_hours AS "plannedHours", to_char(p.next_follow_up_on, 'YYYY-MM-DD') AS "nextFollowUpOn", to_char(p.review_held_on, 'YYYY-MM-DD') AS "reviewHeldOn", p.review_notes AS "reviewNotes", t.stalled_weeks AS "stalledWeeks"
         FROM career_plan p JOIN learner l ON l.id = p.learner_id JOIN tenant t ON t.code = l.tenant_code WHERE p.learner_id = $1`,
      [key.id],
    );
    const followUps = await m.query(
      `SELECT f.id, to_char(f.held_on, 'YYYY-MM-DD') AS "heldOn", f.attendance, f.absence_reason AS "absenceReason", f.notes,
              json_build_object('language', f.progress_language, 'work', f.progress_work, 'housing', f.progress_housing) AS progress, u.display_name AS "createdByName"
         FROM follow_up f LEFT JOIN app_user u ON u.id = f.created_by WHERE f.learner_id = $1 ORDER BY f.held_on DESC, f.created_at DESC`,
      [key.id],
    );
    if (!plan) {
      return {
        exists: false, goalSsyk: [], goalFields: [], goalText: null, startDate: null, plannedHours: 40, scheduledHours: 0, nextFollowUpOn: null, reviewDueOn: null,
        reviewDue: false, reviewHeldOn: null, reviewNotes: null, stalled: false, steps: [], followUps,
      };
    }
    const steps = await m.query(
      `SELECT id, position, kind, title, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate",
              hours_per_week AS "hoursPerWeek", status, placement_id AS "placementId", to_char(status_changed_on, 'YYYY-MM-DD') AS "statusChangedOn"
         FROM plan_step WHERE learner_id = $1 ORDER BY position`,
      [key.id],
    );
    const goalSsyk = plan.goalSsyk.length
      ? await m.query(`SELECT code, name_sv AS label FROM ref_ssyk_group WHERE code = ANY($1::text[]) ORDER BY array_position($1::text[], code::text)`, [plan.goalSsyk])
      : [];
    const goalFields = plan.goalFields.length
      ? await m.query(`SELECT concept_id AS id, label_sv AS label FROM ref_occupation_field WHERE concept_id = ANY($1::text[]) ORDER BY label_sv`, [plan.goalFields])
      : [];
    const lastStepChange = steps.map((s: { statusChangedOn: string }) => s.statusChangedOn).sort().at(-1) ?? null;
    return {
      exists: true,
      goalSsyk,
      goalFields,
      goalText: plan.goalText,
      startDate: plan.startDate,
      plannedHours: plan.plannedHours,
      scheduledHours: steps
        .filter((s: { status: string }) => s.status === 'ongoing')
        .reduce((sum: number, s: { hoursPerWeek: number | null }) => sum + (s.hoursPerWeek ?? 0), 0),
      nextFollowUpOn: plan.nextFollowUpOn,
      reviewDueOn: addMonths(plan.startDate, 12),
      reviewDue: reviewDue(plan.startDate, plan.reviewHeldOn, today),
      reviewHeldOn: plan.reviewHeldOn,
      reviewNotes: plan.reviewNotes,
      // The joint review is a meeting too: it counts like a follow-up.
      stalled: isStalled({ planStarted: plan.startDate, lastFollowUp: [followUps[0]?.heldOn, plan.reviewHeldOn].filter(Boolean).sort().at(-1) ?? null, lastStepChange }, today, plan.stalledWeeks),
      steps,
      followUps,
    };
  }

  private async write(caller: AuthUser, id: string, action: string, work: (m: EntityManager, key: LearnerKey) => Promise<void>): Promise<CareerPlan> {
    this.access.requireStaff(caller);
    return this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      await work(m, key);
      await this.access.recordChange(caller, key, action, m);
      return this.load(m, key);
    });
  }

  private async requirePlan(m: EntityManager, id: string): Promise<{ startDate: string }> {
    const [plan] = await m.query(`SELECT to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM career_plan WHERE learner_id = $1`, [id]);
    if (!plan) throw notFound();
    return plan;
  }

  async savePlan(caller: AuthUser, id: string, body: PlanBody): Promise<CareerPlan> {
    return this.write(caller, id, 'learner.plan.update', async (m) => {
      if (body.nextFollowUpOn && body.nextFollowUpOn < this.access.today()) {
        throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'nextFollowUpOn', problem: 'past' }]);
      }
      if (body.goalSsyk?.length) await requireReferences(m, 'goalSsyk', 'ssyk', body.goalSsyk);
      if (body.goalFields?.length) await requireReferences(m, 'goalFields', 'occupationField', body.goalFields);
      const [existing] = await m.query(`SELECT 1 FROM career_plan WHERE learner_id = $1`, [id]);
      if (!existing) {
        await m.query(
          `INSERT INTO career_plan (learner_id, goal_ssyk, goal_fields, goal_text, start_date, planned_hours, next_follow_up_on, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, body.goalSsyk ?? [], body.goalFields ?? [], body.goalText ?? null, body.startDate ?? this.access.today(), body.plannedHours ?? 40, body.nextFollowUpOn ?? null, caller.id],
        );
        return;
      }
      const sets: string[] = [];
      const params: unknown[] = [id];
      const put = (column: string, value: unknown) => value !== undefined && sets.push(`${column} = $${params.push(value)}`);
      put('goal_ssyk', body.goalSsyk);
      put('goal_fields', body.goalFields);
      put('goal_text', body.goalText);
      put('start_date', body.startDate);
      put('planned_hours', body.plannedHours);
      put('next_follow_up_on', body.nextFollowUpOn);
      await m.query(`UPDATE career_plan SET ${[...sets, `updated_by = $${params.push(caller.id)}`, 'updated_at = now()'].join(', ')} WHERE learner_id = $1`, params);
    });
  }

  private async checkStep(m: EntityManager, caller: AuthUser, row: { startDate?: string | null; endDate?: string | null; placementId?: string | null }): Promise<void> {
    if (row.startDate && row.endDate && row.endDate < row.startDate) throw outOfOrder('endDate');
    if (row.placementId) {
      const [placement] = await m.query(`SELECT 1 FROM placement WHERE id = $1 AND tenant_code = $2`, [row.placementId, caller.tenantCode]);
      if (!placement) throw new AppError('UNKNOWN_REFERENCE', { field: 'placementId' }, {}, [{ field: 'placementId', problem: 'unknownValue' }]);
    }
  }

  async addStep(caller: AuthUser, id: string, body: PlanStepBody): Promise<CareerPlan> {
    return this.write(caller, id, 'learner.plan.step.add', async (m) => {
      await this.requirePlan(m, id);
      const missing = (['kind', 'title'] as const).filter((field) => !body[field]);
      if (missing.length) throw new AppError('VALIDATION_FAILED', {}, {}, missing.map((field) => ({ field, problem: 'required' })));
      await this.checkStep(m, caller, body);
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM plan_step WHERE learner_id = $1`, [id]);
      const position = Math.min(body.position ?? count, count);
      await m.query(`UPDATE plan_step SET position = position + 1 WHERE learner_id = $1 AND position >= $2`, [id, position]);
      await m.query(
        `INSERT INTO plan_step (learner_id, position, kind, title, start_date, end_date, hours_per_week, status, placement_id, status_changed_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, position, body.kind, body.title, body.startDate ?? null, body.endDate ?? null, body.hoursPerWeek ?? null, body.status ?? 'planned', body.placementId ?? null, this.access.today(), caller.id],
      );
    });
  }

  async updateStep(caller: AuthUser, id: string, stepId: string, body: PlanStepBody): Promise<CareerPlan> {
    return this.write(caller, id, 'learner.plan.step.update', async (m) => {
      const [step] = await m.query(
        `SELECT position, status, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate", placement_id AS "placementId"
           FROM plan_step WHERE id = $1 AND learner_id = $2 FOR UPDATE`,
        [stepId, id],
      );
      if (!step) throw notFound();
      const merged = { startDate: body.startDate !== undefined ? body.startDate : step.startDate, endDate: body.endDate !== undefined ? body.endDate : step.endDate, placementId: body.placementId };
      await this.checkStep(m, caller, merged);
      const sets: string[] = [];
      const params: unknown[] = [stepId];
      const put = (column: string, value: unknown) => value !== undefined && sets.push(`${column} = $${params.push(value)}`);
      put('kind', body.kind);
      put('title', body.title);
      put('start_date', body.startDate);
      put('end_date', body.endDate);
      put('hours_per_week', body.hoursPerWeek);
      put('placement_id', body.placementId);
      if (body.status !== undefined && body.status !== step.status) {
        put('status', body.status);
        put('status_changed_on', this.access.today());
      }
      if (body.position !== undefined && body.position !== step.position) {
        const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM plan_step WHERE learner_id = $1`, [id]);
        const target = Math.min(body.position, count - 1);
        // Close the gap, then open one at the target.
        await m.query(`UPDATE plan_step SET position = position - 1 WHERE learner_id = $1 AND position > $2`, [id, step.position]);
        await m.query(`UPDATE plan_step SET position = position + 1 WHERE learner_id = $1 AND position >= $2 AND id <> $3`, [id, target, stepId]);
        put('position', target);
      }
      if (sets.length) await m.query(`UPDATE plan_step SET ${sets.join(', ')} WHERE id = $1`, params);
    });
  }

  async removeStep(caller: AuthUser, id: string, stepId: string): Promise<CareerPlan> {
    return this.write(caller, id, 'learner.plan.step.remove', async (m) => {
      // A DELETE … RETURNING answers [rows, count].
      const [[step]] = await m.query(`DELETE FROM plan_step WHERE id = $1 AND learner_id = $2 RETURNING position`, [stepId, id]);
      if (!step) throw notFound();
      await m.query(`UPDATE plan_step SET position = position - 1 WHERE learner_id = $1 AND position > $2`, [id, step.position]);
    });
  }

  async addFollowUp(caller: AuthUser, id: string, body: FollowUpBody): Promise<CareerPlan> {
    return this.write(caller, id, 'learner.follow-up.add', async (m) => {
      if (body.heldOn > this.access.today()) throw future('heldOn');
      if (body.attendance === 'absent' && !body.absenceReason) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'absenceReason', problem: 'required' }]);
      await m.query(
        `INSERT INTO follow_up (learner_id, held_on, attendance, absence_reason, notes, progress_language, progress_work, progress_housing, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id, body.heldOn, body.attendance, body.attendance === 'absent' ? body.absenceReason : null, body.notes ?? null,
          body.progress?.language ?? null, body.progress?.work ?? null, body.progress?.housing ?? null, caller.id,
        ],
      );
      // The booked meeting has been held.
      await m.query(`UPDATE career_plan SET next_follow_up_on = NULL WHERE learner_id = $1 AND next_follow_up_on <= $2`, [id, body.heldOn]);
    });
  }

  async recordReview(caller: AuthUser, id: string, body: ReviewBody): Promise<CareerPlan> {
    return this.write(caller, id, 'learner.plan.review', async (m) => {
      const plan = await this.requirePlan(m, id);
      if (body.heldOn > this.access.today()) throw future('heldOn');
      if (body.heldOn < plan.startDate) throw outOfOrder('heldOn');
      await m.query(`UPDATE career_plan SET review_held_on = $2, review_notes = $3, updated_by = $4, updated_at = now() WHERE learner_id = $1`, [id, body.heldOn, body.notes ?? null, caller.id]);
    });
  }
}
