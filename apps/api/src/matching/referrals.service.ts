import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale } from '@jobbrygga/domain';
import {
  ACTIVE_STATES, REVEALED_STATES, brokenConstraints, constraintText, transition, type AnonymisedProfile, type ReferralAction, type ReferralState, type ReferralView,
} from '@jobbrygga/matching';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { Clock } from '../clock/clock';
import { LearnerAccess } from '../learners/learner-access';
import { LearnerEvents } from '../learners/learner-events';
import { MATCHABLE, learnerDocument, toFacts } from './candidates.index';
import { MatchingService } from './matching.service';
import { InterviewInvitations } from './interview-invitations';
import { swedishToday } from '../learners/learner-access';

/** The fields an action may carry (validated in ReferralsController's ActionBody). */
export interface ActionInput {
  action: ReferralAction;
  note?: string;
  interviewAt?: string;
  interviewPlace?: string;
  interpreterNeeded?: boolean;
  startDate?: string;
  endDate?: string;
  hoursPerWeek?: number;
  tasks?: string;
  insuranceNote?: string;
  endKind?: 'completed' | 'aborted';
  skillsShown?: string[];
  nextStep?: string;
  wouldHire?: boolean;
  outcome?: 'work' | 'studies' | 'other_measure' | 'neither';
}

const supervisorFull = (locale: Locale) =>
  ({ sv: 'handledaren har inte plats för fler', en: 'the supervisor has no room for more', ar: 'ليس لدى المشرف متسع للمزيد' })[locale];
/** The placement's supervisor has no room left: the same refusal at the proposal and at the agreement. */
const supervisorFullError = (locale: Locale) =>
  new AppError('MATCH_CONSTRAINT', { constraint: supervisorFull(locale) }, {}, [{ field: 'placementId', problem: 'supervisor', words: supervisorFull(locale) }]);
const busyText = (locale: Locale) =>
  ({ sv: 'är redan på en annan plats samma tid', en: 'is already in another placement at that time', ar: 'موجود بالفعل في مكان آخر في نفس الوقت' })[locale];

const ACTIVE = `(${ACTIVE_STATES.map((s) => `'${s}'`).join(', ')})`;
const PRE_AGREEMENT = `('proposed', 'learner_accepted', 'employer_accepted', 'interview_booked', 'agreement_proposed')`;

/**
 * The referral pipeline, first part: a coach proposes a learner who meets every hard constraint;
 * the learner accepts or declines; the employer reviews an anonymised profile and accepts (then
 * sees name and contact) or declines with a reason; the interview is booked. Every transition is
 * checked against `REFERRAL_TRANSITIONS` and written to the case history.
 */
@Injectable()
export class ReferralsService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly matching: MatchingService,
    private readonly access: LearnerAccess,
    private readonly events: LearnerEvents,
    private readonly clock: Clock,
    private readonly invitations: InterviewInvitations,
  ) {}

  onModuleInit(): void {
    // Consent withdrawn, identity protected or data erased: pending proposals are withdrawn at once.
    this.events.subscribe(async (event, m) => {
      const open: { id: string; state: ReferralState }[] = await m.query(
        `SELECT id, state FROM referral WHERE learner_id = $1 AND state IN ${PRE_AGREEMENT} ORDER BY id FOR UPDATE`,
        [event.learnerId],
      );
      for (const r of open) {
        await m.query(`UPDATE referral SET state = 'withdrawn', updated_at = $2 WHERE id = $1`, [r.id, this.clock.now()]);
        await this.history(m, r.id, r.state, 'withdrawn', 'withdraw', null, 'system', event.type);
      }
    });
  }

  private async history(m: EntityManager, id: string, from: ReferralState | null, to: ReferralState, action: string, actorId: string | null, role: string, note: string | null): Promise<void> {
    await m.query(
      `INSERT INTO referral_event (referral_id, from_state, to_state, action, actor_id, actor_role, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, from, to, action, actorId, role, note, this.clock.now()],
    );
  }

  /** A coach proposes a learner; refused with the broken constraint named. */
  async propose(caller: AuthUser, placementId: string, learnerId: string, locale: Locale): Promise<ReferralView> {
    const id = await this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, learnerId, m, true);
      const [placement] = await m.query(`SELECT status FROM placement WHERE id = $1 AND tenant_code = $2 FOR UPDATE`, [placementId, caller.tenantCode]);
      if (!placement) throw notFound();
      if (placement.status !== 'open') throw new AppError('PLACEMENT_NOT_OPEN');
      const [matchable] = await m.query(`SELECT 1 FROM learner l WHERE l.id = $1 AND ${MATCHABLE}`, [learnerId]);
      if (!matchable) throw new AppError('NOT_MATCHABLE');
      const doc = await learnerDocument(this.ds, learnerId, caller.tenantCode);
      const { facts, seatsLeft, supervisorLeft, busy } = await this.matching.placementWithRoom(caller, placementId);
      const broken = brokenConstraints(toFacts(doc!), facts);
      if (broken.length) {
        throw new AppError('MATCH_CONSTRAINT', { constraint: constraintText(broken[0], locale) }, {}, broken.map((c) => ({ field: 'learnerId', problem: c, words: constraintText(c, locale) })));
      }
      if (!seatsLeft) throw new AppError('NO_SEATS_LEFT');
      if (!supervisorLeft) throw supervisorFullError(locale);
      if (busy.includes(learnerId)) {
        throw new AppError('MATCH_CONSTRAINT', { constraint: busyText(locale) }, {}, [{ field: 'learnerId', problem: 'overlap', words: busyText(locale) }]);
      }
      const [existing] = await m.query(`SELECT 1 FROM referral WHERE learner_id = $1 AND placement_id = $2 AND state IN ${ACTIVE}`, [learnerId, placementId]);
      if (existing) throw new AppError('ALREADY_PROPOSED');
      const now = this.clock.now();
      const [row] = await m.query(
        `INSERT INTO referral (tenant_code, learner_id, placement_id, proposed_by, state, created_at, updated_at) VALUES ($1, $2, $3, $4, 'proposed', $5, $5) RETURNING id`,
        [caller.tenantCode, learnerId, placementId, caller.id, now],
      );
      await this.history(m, row.id, null, 'proposed', 'propose', caller.id, caller.role, null);
      await this.access.recordChange(caller, key, 'learner.referral.propose', m);
      return row.id as string;
    });
    return this.view(caller, id);
  }

  /** Finds a referral the caller may act on: staff of the municipality, the learner, or the placement's employer once the learner accepted. */
  private async load(caller: AuthUser, id: string, m: EntityManager, lock = false) {
    const [row] = await m.query(
      `SELECT r.id, r.state, r.learner_id AS "learnerId", r.placement_id AS "placementId", l.user_id AS "learnerUserId", p.employer_id AS "employerId"
         FROM referral r JOIN learner l ON l.id = r.learner_id JOIN placement p ON p.id = r.placement_id
        WHERE r.id = $1 AND r.tenant_code = $2 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id, caller.tenantCode],
    );
    if (!row) throw notFound();
    const mine =
      caller.role === 'admin' || caller.role === 'coach'
      || (caller.role === 'newcomer' && row.learnerUserId === caller.id)
      // An employer never sees a proposal the learner has not accepted, nor another employer's.
      || (caller.role === 'employer' && row.employerId === caller.employerId && row.state !== 'proposed' && row.state !== 'learner_declined');
    if (!mine) throw notFound();
    return row as { id: string; state: ReferralState; learnerId: string; placementId: string; learnerUserId: string | null; employerId: string };
  }

  async act(caller: AuthUser, id: string, body: ActionInput, locale: Locale): Promise<ReferralView> {
    const { action } = body;
    const note = body.note ?? null;
    const mails: (() => Promise<void>)[] = [];
    await this.ds.transaction(async (m) => {
      // An agreement withdraws the learner's other open proposals (withdrawOverlapping), so a
      // confirmation first locks all of them and its own, in id order: two agreements for one
      // learner confirmed at once then wait in turn instead of on each other (a deadlock).
      if (action === 'confirm_agreement') {
        await m.query(
          `SELECT o.id FROM referral o
            WHERE o.learner_id = (SELECT learner_id FROM referral WHERE id = $1 AND tenant_code = $2) AND (o.state IN ${PRE_AGREEMENT} OR o.id = $1)
            ORDER BY o.id FOR UPDATE`,
          [id, caller.tenantCode],
        );
      }
      const row = await this.load(caller, id, m, true);
      const step = transition(row.state, action, caller.role);
      if (!step.ok) {
        if (step.problem === 'wrongRole') throw new AppError('FORBIDDEN');
        throw new AppError('TRANSITION_NOT_ALLOWED', { state: row.state });
      }
      const required = (fields: (keyof ActionInput)[]) => {
        const missing = fields.filter((f) => body[f] === undefined || body[f] === null || body[f] === '');
        if (missing.length) throw new AppError('VALIDATION_FAILED', {}, {}, missing.map((field) => ({ field, problem: 'required' })));
      };
      const today = swedishToday(this.clock);
      let to: ReferralState = step.to;
      const sets: string[] = [];
      const params: unknown[] = [id];
      const put = (column: string, value: unknown) => sets.push(`${column} = $${params.push(value)}`);
      switch (action) {
        case 'employer_decline':
          required(['note']);
          break;
        case 'book_interview':
          required(['interviewAt', 'interviewPlace']);
          if (Date.parse(body.interviewAt!) < this.clock.now().getTime()) throw new AppError('DATE_IN_PAST', { field: 'interviewAt' }, {}, [{ field: 'interviewAt', problem: 'past' }]);
          put('interview_at', body.interviewAt);
          put('interview_place', body.interviewPlace);
          put('interpreter_needed', body.interpreterNeeded ?? false);
          mails.push(() => this.invitations.enqueue(m, caller.tenantCode, id, this.clock.now()));
          break;
        case 'propose_agreement': {
          required(['startDate', 'hoursPerWeek', 'tasks']);
          if (body.endDate && body.endDate < body.startDate!) throw new AppError('DATES_OUT_OF_ORDER', { field: 'endDate' }, {}, [{ field: 'endDate', problem: 'beforeStart' }]);
          const [p] = await m.query(`SELECT supervisor_id AS "supervisorId" FROM placement WHERE id = $1`, [row.placementId]);
          put('agreement', JSON.stringify({ startDate: body.startDate, endDate: body.endDate ?? null, hoursPerWeek: body.hoursPerWeek, tasks: body.tasks, insuranceNote: body.insuranceNote ?? null, supervisorId: p.supervisorId }));
          // A changed agreement must be confirmed again by all three.
          put('employer_confirmed_at', null);
          put('learner_confirmed_at', null);
          put('coach_confirmed_at', null);
          break;
        }
        case 'confirm_agreement': {
          const column = caller.role === 'employer' ? 'employer_confirmed_at' : caller.role === 'newcomer' ? 'learner_confirmed_at' : 'coach_confirmed_at';
          // An UPDATE … RETURNING answers [rows, count].
          const [[c]] = await m.query(
            `UPDATE referral SET ${column} = $2 WHERE id = $1 RETURNING employer_confirmed_at IS NOT NULL AND learner_confirmed_at IS NOT NULL AND coach_confirmed_at IS NOT NULL AS complete`,
            [id, this.clock.now()],
          );
          if (c.complete) {
            // The last confirmation takes a seat and a place with the supervisor: counted under their
            // row locks, so two agreements confirmed at once cannot both take the last one. A refusal
            // rolls back the confirmation written above: nothing is written.
            const { seatsLeft, supervisorLeft } = await this.matching.lockedRoom(m, row.placementId);
            if (!seatsLeft) throw new AppError('NO_SEATS_LEFT');
            if (!supervisorLeft) throw supervisorFullError(locale);
            to = 'agreed';
          }
          break;
        }
        case 'learner_accept':
          put('learner_accepted_at', this.clock.now());
          break;
        case 'start':
          put('started_on', today);
          break;
        case 'end':
          required(['endKind']);
          if (body.endKind === 'aborted') required(['note']);
          put('ended_on', today);
          put('end_kind', body.endKind);
          put('end_reason', note);
          break;
        case 'assess':
          required(['skillsShown', 'nextStep', 'wouldHire']);
          put('assessment', JSON.stringify({ skillsShown: body.skillsShown, nextStep: body.nextStep, wouldHire: body.wouldHire }));
          break;
        case 'record_outcome': {
          required(['outcome']);
          const [e] = await m.query(`SELECT to_char(ended_on + 90, 'YYYY-MM-DD') AS due FROM referral WHERE id = $1`, [id]);
          if (e.due > today) throw new AppError('OUTCOME_TOO_EARLY', { date: e.due });
          put('outcome', body.outcome);
          put('outcome_recorded_at', this.clock.now());
          break;
        }
        default:
          break;
      }
      put('state', to);
      if (note !== null) put('reason', note);
      put('updated_at', this.clock.now());
      await m.query(`UPDATE referral SET ${sets.join(', ')} WHERE id = $1`, params);
      await this.history(m, id, row.state, to, action, caller.id, caller.role, note);
      // Mails go through the outbox in the same transaction: written with the change or not at all.
      for (const enqueue of mails) await enqueue();
      // Agreed: other proposals that would overlap the learner's time are withdrawn.
      if (to === 'agreed') await this.withdrawOverlapping(m, row.learnerId, id);
    });
    if (mails.length) this.invitations.wake();
    return this.view(caller, id);
  }

  /** Once one placement is agreed, the learner's other open proposals whose dates overlap it are withdrawn. */
  private async withdrawOverlapping(m: EntityManager, learnerId: string, agreedId: string): Promise<void> {
    const others: { id: string; state: ReferralState }[] = await m.query(
      `SELECT o.id, o.state FROM referral o JOIN placement op ON op.id = o.placement_id, referral a JOIN placement ap ON ap.id = a.placement_id
        WHERE a.id = $2 AND o.learner_id = $1 AND o.id <> a.id AND o.state IN ${PRE_AGREEMENT}
          AND daterange(op.start_date, COALESCE(op.end_date, 'infinity'::date), '[]') && daterange(COALESCE((a.agreement->>'startDate')::date, ap.start_date), COALESCE((a.agreement->>'endDate')::date, ap.end_date, 'infinity'::date), '[]')
          FOR UPDATE OF o`,
      [learnerId, agreedId],
    );
    for (const o of others) {
      await m.query(`UPDATE referral SET state = 'withdrawn', reason = 'overlaps an agreed placement', updated_at = $2 WHERE id = $1`, [o.id, this.clock.now()]);
      await this.history(m, o.id, o.state, 'withdrawn', 'withdraw', null, 'system', 'overlap');
    }
  }

  /** Ended 90 days ago or more and no outcome yet: the coach is asked to record it. */
  async outcomesDue(caller: AuthUser): Promise<{ id: string; learnerId: string; learnerName: string; placementTitle: string; endedOn: string; dueOn: string }[]> {
    return this.ds.query(
      `SELECT r.id, l.id AS "learnerId", l.first_name || ' ' || l.last_name AS "learnerName", p.title AS "placementTitle",
              to_char(r.ended_on, 'YYYY-MM-DD') AS "endedOn", to_char(r.ended_on + 90, 'YYYY-MM-DD') AS "dueOn"
         FROM referral r JOIN learner l ON l.id = r.learner_id JOIN placement p ON p.id = r.placement_id
        WHERE r.tenant_code = $1 AND r.state IN ('ended', 'assessed') AND r.ended_on + 90 <= $2::date
          ${caller.role === 'coach' ? 'AND l.coach_id = $3' : ''}
        ORDER BY r.ended_on`,
      caller.role === 'coach' ? [caller.tenantCode, swedishToday(this.clock), caller.id] : [caller.tenantCode, swedishToday(this.clock)],
    );
  }

  async view(caller: AuthUser, id: string): Promise<ReferralView> {
    const row = await this.load(caller, id, this.ds.manager);
    return (await this.list(caller, { id: row.id }))[0];
  }

  /** Staff: by placement or learner; an employer: its incoming ones; a newcomer: their own. */
  async list(caller: AuthUser, filter: { id?: string; placementId?: string; learnerId?: string }): Promise<ReferralView[]> {
    const where = ['r.tenant_code = $1'];
    const params: unknown[] = [caller.tenantCode];
    if (filter.id) where.push(`r.id = $${params.push(filter.id)}`);
    if (filter.placementId) where.push(`r.placement_id = $${params.push(filter.placementId)}`);
    if (filter.learnerId) where.push(`r.learner_id = $${params.push(filter.learnerId)}`);
    if (caller.role === 'employer') where.push(`p.employer_id = $${params.push(caller.employerId)} AND r.state NOT IN ('proposed', 'learner_declined')`);
    if (caller.role === 'newcomer') where.push(`l.user_id = $${params.push(caller.id)}`);
    const rows = await this.ds.query(
      `SELECT r.id, r.state, r.score, r.reason, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
              r.interview_at AS "interviewAt", r.interview_place AS "interviewPlace", r.interpreter_needed AS "interpreterNeeded", r.agreement,
              r.employer_confirmed_at AS "employerConfirmedAt", r.learner_confirmed_at AS "learnerConfirmedAt", r.coach_confirmed_at AS "coachConfirmedAt",
              to_char(r.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(r.ended_on, 'YYYY-MM-DD') AS "endedOn", r.end_kind AS "endKind", r.outcome,
              json_build_object('id', p.id, 'title', p.title, 'employerName', e.name) AS placement,
              l.id AS "learnerId", l.first_name || ' ' || l.last_name AS "learnerName",
              COALESCE((SELECT json_agg(json_build_object('action', v.action, 'fromState', v.from_state, 'toState', v.to_state, 'actorRole', v.actor_role,
                        'at', v.at, 'note', v.note) ORDER BY v.at, v.id) FROM referral_event v WHERE v.referral_id = r.id), '[]') AS history
         FROM referral r JOIN placement p ON p.id = r.placement_id JOIN employer e ON e.id = p.employer_id JOIN learner l ON l.id = r.learner_id
        WHERE ${where.join(' AND ')} ORDER BY r.updated_at DESC LIMIT 500`,
      params,
    );
    const iso = (d: unknown) => (d ? new Date(d as Date).toISOString() : null);
    return rows.map((r: Record<string, any> & { state: ReferralState; learnerId: string; learnerName: string; createdAt: Date; updatedAt: Date }) => ({
      id: r.id,
      state: r.state,
      placement: r.placement,
      // Employers see the name only once they accepted the learner for an interview.
      learner: { id: r.learnerId, displayName: caller.role !== 'employer' || REVEALED_STATES.includes(r.state) ? r.learnerName : null },
      score: r.score,
      reason: r.reason,
      interview: r.interviewAt ? { at: iso(r.interviewAt), place: r.interviewPlace, interpreterNeeded: !!r.interpreterNeeded } : null,
      agreement: r.agreement
        ? {
            startDate: r.agreement.startDate, endDate: r.agreement.endDate, hoursPerWeek: r.agreement.hoursPerWeek, tasks: r.agreement.tasks,
            insuranceNote: r.agreement.insuranceNote, confirmedBy: { employer: iso(r.employerConfirmedAt), learner: iso(r.learnerConfirmedAt), coach: iso(r.coachConfirmedAt) },
          }
        : null,
      startedOn: r.startedOn,
      endedOn: r.endedOn,
      endKind: r.endKind,
      outcome: r.outcome,
      createdAt: new Date(r.createdAt).toISOString(),
      updatedAt: new Date(r.updatedAt).toISOString(),
      history: r.history,
    })) as ReferralView[];
  }

  /** The employer's view of a proposed learner: competence, languages, SFI level, availability. */
  async anonymisedProfile(caller: AuthUser, id: string): Promise<AnonymisedProfile> {
    const row = await this.load(caller, id, this.ds.manager);
    const revealed = REVEALED_STATES.includes(row.state);
    const [l] = await this.ds.query(
      `SELECT l.first_name || ' ' || l.last_name AS name, l.email, l.phone, l.protected_identity AS "protectedIdentity", l.licences,
              to_char(l.available_from, 'YYYY-MM-DD') AS "availableFrom", l.hours_per_week AS "hoursPerWeek", l.sfi_lesson_time AS "sfiLessonTime",
              (SELECT max(s.course) FROM learner_sfi_course s WHERE s.learner_id = l.id AND s.result NOT IN ('F', 'dropped')) AS "sfiCourse"
         FROM learner l WHERE l.id = $1`,
      [row.learnerId],
    );
    const languages = await this.ds.query(`SELECT r.label_sv AS label, g.level FROM learner_language g JOIN ref_language r ON r.concept_id = g.language_id WHERE g.learner_id = $1 ORDER BY r.label_sv`, [row.learnerId]);
    const education = await this.ds.query(
      `SELECT lv.label_sv AS level, f.label_sv AS field, d.years FROM learner_education d LEFT JOIN ref_sun_level lv ON lv.code = d.sun_level LEFT JOIN ref_sun_field f ON f.code = d.sun_field WHERE d.learner_id = $1`,
      [row.learnerId],
    );
    const experience = await this.ds.query(
      `SELECT COALESCE(n.name_sv, g.name_sv) AS occupation, x.years::float AS years FROM learner_experience x
         LEFT JOIN ref_occupation_name n ON n.concept_id = x.occupation_name_id LEFT JOIN ref_ssyk_group g ON g.code = x.ssyk_code WHERE x.learner_id = $1`,
      [row.learnerId],
    );
    const skills = (await this.ds.query(`SELECT s.label_sv AS label FROM learner_skill k JOIN ref_skill s ON s.concept_id = k.skill_id WHERE k.learner_id = $1 ORDER BY s.label_sv`, [row.learnerId])).map((s: { label: string }) => s.label);
    // Every look at the learner, also the employer's anonymised one, is in the learner's read log.
    const key = { id: row.learnerId, tenantCode: caller.tenantCode, userId: row.learnerUserId, coachId: null, protectedIdentity: false };
    await this.access.recordRead(caller, key, caller.role === 'employer' ? 'learner.referral.employer-read' : 'learner.referral.read', 'matching', undefined);
    return {
      referralId: row.id,
      state: row.state,
      name: revealed ? l.name : null,
      email: revealed && !l.protectedIdentity ? l.email : null,
      phone: revealed && !l.protectedIdentity ? l.phone : null,
      sfiCourse: l.sfiCourse,
      languages,
      education,
      experience,
      skills,
      licences: l.licences,
      availableFrom: l.availableFrom,
      hoursPerWeek: l.hoursPerWeek,
      sfiLessonTime: l.sfiLessonTime,
    };
  }
}
