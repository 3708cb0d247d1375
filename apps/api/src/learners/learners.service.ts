import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CONSENT_PURPOSES, currentSfiCourse,
  type CaseloadRow, type ConsentState, type LearnerProfile, type Page, type ProfileSection, type ReadReason, type SfiCourseEntry,
} from '@jobbrygga/domain';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { requireReferences } from '../reference/reference-checks';
import { escapeLike } from '../reference/text-search';
import { type CaseloadQuery, type CreateLearnerBody, type LearnerFields, SELF_EDITABLE, type UpdateLearnerBody } from './dto';
import { LAST_ACTIVITY, LearnerAccess, consentGiven, type LearnerKey } from './learner-access';
import { LearnerEvents } from './learner-events';
import { SECTIONS, checkDates, checkRequired } from './learner-sections';

/** API field → column of the learner table. */
const LEARNER_COLUMNS: Record<keyof LearnerFields, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  preferredLanguages: 'preferred_languages',
  gender: 'gender',
  birthYear: 'birth_year',
  protectedIdentity: 'protected_identity',
  homePlaceId: 'home_place_id',
  sfiStudyPath: 'sfi_study_path',
  licences: 'licences',
  availableFrom: 'available_from',
  hoursPerWeek: 'hours_per_week',
  sfiLessonTime: 'sfi_lesson_time',
  travelMinutes: 'travel_minutes',
  travelModes: 'travel_modes',
  interestFields: 'interest_fields',
};


@Injectable()
export class LearnersService {
  constructor(private readonly ds: DataSource, private readonly access: LearnerAccess, private readonly events: LearnerEvents) {}

  // ---- checks shared by create and update

  private async checkFields(m: EntityManager, body: LearnerFields, tenantCode: string): Promise<void> {
    const year = Number(this.access.today().slice(0, 4));
    if (body.birthYear !== undefined) {
      if (body.birthYear > year) throw new AppError('DATE_IN_FUTURE', { field: 'birthYear' }, {}, [{ field: 'birthYear', problem: 'future' }]);
      if (body.birthYear > year - 16) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'birthYear', problem: 'tooYoung' }]);
    }
    if (body.homePlaceId) {
      const [place] = await m.query(`SELECT 1 FROM ref_place WHERE id = $1 AND municipality_code = $2`, [body.homePlaceId, tenantCode]);
      if (!place) throw new AppError('UNKNOWN_REFERENCE', { field: 'homePlaceId' }, {}, [{ field: 'homePlaceId', problem: 'unknownValue' }]);
    }
    if (body.licences?.length) await requireReferences(m, 'licences', 'licence', body.licences);
    if (body.interestFields?.length) await requireReferences(m, 'interestFields', 'occupationField', body.interestFields);
  }

  private async requireCoach(m: EntityManager, tenantCode: string, coachId: string): Promise<void> {
    const [coach] = await m.query(`SELECT 1 FROM app_user WHERE id = $1 AND tenant_code = $2 AND role = 'coach' AND active`, [coachId, tenantCode]);
    if (!coach) throw new AppError('COACH_UNKNOWN');
  }

  // ---- profile

  async create(caller: AuthUser, body: CreateLearnerBody): Promise<LearnerProfile> {
    const id = await this.ds.transaction(async (m) => {
      await this.checkFields(m, body, caller.tenantCode);
      const coachId = body.coachId ?? (caller.role === 'coach' ? caller.id : null);
      if (coachId) await this.requireCoach(m, caller.tenantCode, coachId);
      const given = body as unknown as Record<string, unknown>;
      const fields = Object.entries(LEARNER_COLUMNS).filter(([field]) => given[field] !== undefined);
      const columns = ['tenant_code', 'coach_id', 'created_by', ...fields.map(([, column]) => column)];
      const values = [caller.tenantCode, coachId, caller.id, ...fields.map(([field]) => given[field])];
      const [row] = await m.query(
        `INSERT INTO learner (${columns.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
        values,
      );
      await m.query(`INSERT INTO learner_coach_change (learner_id, from_coach_id, to_coach_id, changed_by, changed_at, reason) VALUES ($1, NULL, $2, $3, now(), 'created')`, [row.id, coachId, caller.id]);
      await this.access.recordChange(caller, { id: row.id } as LearnerKey, 'learner.create', m);
      return row.id as string;
    });
    return this.profile(caller, id, undefined, undefined, true);
  }

  async update(caller: AuthUser, id: string, body: UpdateLearnerBody): Promise<LearnerProfile> {
    await this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      const given = Object.keys(body).filter((field) => (body as unknown as Record<string, unknown>)[field] !== undefined) as (keyof LearnerFields)[];
      if (this.access.isSelf(caller, key)) {
        const notYours = given.filter((field) => !SELF_EDITABLE.includes(field));
        if (notYours.length) throw new AppError('FORBIDDEN', {}, {}, notYours.map((field) => ({ field, problem: 'notYours' })));
      }
      if (given.length === 0) return;
      await this.checkFields(m, body, caller.tenantCode);
      const values = given.map((field) => (body as unknown as Record<string, unknown>)[field]);
      await m.query(
        `UPDATE learner SET ${given.map((field, i) => `${LEARNER_COLUMNS[field]} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
        [id, ...values],
      );
      await this.access.recordChange(caller, key, 'learner.update', m);
      if (body.protectedIdentity === true && !key.protectedIdentity) await this.events.emit({ type: 'protected', learnerId: id, tenantCode: key.tenantCode }, m);
    });
    return this.profile(caller, id, undefined, undefined, true);
  }

  /**
   * The whole profile. A read by anyone but the learner is audited (`skipAudit` only right after
   * the caller's own write, which is itself logged).
   */
  async profile(caller: AuthUser, id: string, reason?: ReadReason, requestId?: string, skipAudit = false): Promise<LearnerProfile> {
    const key = await this.access.find(caller, id);
    const m = this.ds.manager;
    const [row] = await m.query(
      `SELECT l.id, l.first_name AS "firstName", l.last_name AS "lastName", l.email, l.phone, l.preferred_languages AS "preferredLanguages",
              l.gender, l.birth_year AS "birthYear", l.protected_identity AS "protectedIdentity", l.home_place_id AS "homePlaceId", pl.label AS "homePlaceLabel",
              l.coach_id AS "coachId", c.display_name AS "coachName", l.user_id IS NOT NULL AS "hasAccount", l.sfi_study_path AS "sfiStudyPath",
              l.licences, to_char(l.available_from, 'YYYY-MM-DD') AS "availableFrom", l.hours_per_week AS "hoursPerWeek", l.sfi_lesson_time AS "sfiLessonTime",
              l.travel_minutes AS "travelMinutes", l.travel_modes AS "travelModes", l.interest_fields AS "interestFields", l.created_at AS "createdAt", l.updated_at AS "updatedAt"
         FROM learner l LEFT JOIN ref_place pl ON pl.id = l.home_place_id LEFT JOIN app_user c ON c.id = l.coach_id
        WHERE l.id = $1`,
      [id],
    );
    const sections = Object.fromEntries(
      await Promise.all(Object.entries(SECTIONS).map(async ([name, def]) => [name, await m.query(def.select, [id])] as const)),
    ) as Record<ProfileSection, Record<string, unknown>[]>;
    const fields: { id: string; label: string }[] = row.interestFields.length
      ? await m.query(`SELECT concept_id AS id, label_sv AS label FROM ref_occupation_field WHERE concept_id = ANY($1::text[]) ORDER BY label_sv`, [row.interestFields])
      : [];
    const consents = await this.consentStates(m, id);
    if (!skipAudit) await this.access.recordRead(caller, key, 'learner.read', reason, requestId);
    const visible = this.access.seesHidden(caller, key);
    const iso = (d: Date | string) => new Date(d).toISOString();
    const items = <T>(list: Record<string, unknown>[]) => list.map((item) => ({ ...item, updatedAt: iso(item.updatedAt as Date) })) as T[];
    const sfiCourses = items<LearnerProfile['sfiCourses'][number]>(sections['sfi-courses']);
    return {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      email: visible ? row.email : null,
      phone: visible ? row.phone : null,
      preferredLanguages: row.preferredLanguages,
      gender: row.gender,
      birthYear: row.birthYear,
      protectedIdentity: row.protectedIdentity,
      hidden: !visible,
      homePlaceId: visible ? row.homePlaceId : null,
      homePlaceLabel: visible ? row.homePlaceLabel : null,
      coach: row.coachId ? { id: row.coachId, name: row.coachName } : null,
      hasAccount: row.hasAccount,
      sfiStudyPath: row.sfiStudyPath,
      currentSfiCourse: currentSfiCourse(sfiCourses as SfiCourseEntry[]),
      licences: row.licences,
      availableFrom: row.availableFrom,
      hoursPerWeek: row.hoursPerWeek,
      sfiLessonTime: row.sfiLessonTime,
      travelMinutes: row.travelMinutes,
      travelModes: row.travelModes,
      interestFields: fields,
      establishment: items(sections.establishment),
      education: items(sections.education),
      experience: items(sections.experience),
      skills: items(sections.skills),
      languages: items(sections.languages),
      sfiCourses,
      consents,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
    };
  }

  /** The current state of each consent purpose: the latest record, or "not given" when never asked. */
  async consentStates(m: EntityManager, learnerId: string): Promise<ConsentState[]> {
    const rows: (ConsentState & { recordedAt: Date })[] = await m.query(
      `SELECT DISTINCT ON (purpose) purpose, given, recorded_at AS "recordedAt", text_version AS "textVersion", language, recorded_by_role AS "recordedByRole"
         FROM learner_consent WHERE learner_id = $1 ORDER BY purpose, recorded_at DESC, id DESC`,
      [learnerId],
    );
    return CONSENT_PURPOSES.map((purpose) => {
      const row = rows.find((r) => r.purpose === purpose);
      return row
        ? { ...row, recordedAt: new Date(row.recordedAt).toISOString() }
        : { purpose, given: false, recordedAt: null, textVersion: null, language: null, recordedByRole: null };
    });
  }

  // ---- items of the profile

  async addItem(caller: AuthUser, id: string, section: ProfileSection, body: Record<string, unknown>): Promise<LearnerProfile> {
    const def = SECTIONS[section];
    await this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      const verification = this.verification(caller, key, body.verification);
      const row: Record<string, unknown> = {};
      for (const column of def.columns) row[column.field] = body[column.field] ?? null;
      checkRequired(def, row);
      checkDates(def, row, this.access.today());
      await def.check?.(m, row);
      if (def.unique) {
        const column = def.columns.find((c) => c.field === def.unique)!.column;
        const [exists] = await m.query(`SELECT 1 FROM ${def.table} WHERE learner_id = $1 AND ${column} = $2`, [id, row[def.unique]]);
        if (exists) throw new AppError('ALREADY_EXISTS', { field: def.unique }, {}, [{ field: def.unique, problem: 'oneOf' }]);
      }
      const columns = def.columns.map((c) => c.column);
      const values = def.columns.map((c) => row[c.field]);
      await m.query(
        `INSERT INTO ${def.table} (learner_id, verification, entered_by, entered_by_role, verified_by, ${columns.join(', ')})
         VALUES ($1, $2, $3, $4, $5, ${values.map((_, i) => `$${i + 6}`).join(', ')})`,
        [id, verification, caller.id, caller.role, verification === 'verified' ? caller.id : null, ...values],
      );
      await m.query(`UPDATE learner SET updated_at = now() WHERE id = $1`, [id]);
      await this.access.recordChange(caller, key, `learner.${section}.add`, m);
    });
    return this.profile(caller, id, undefined, undefined, true);
  }

  async updateItem(caller: AuthUser, id: string, section: ProfileSection, itemId: string, body: Record<string, unknown>): Promise<LearnerProfile> {
    const def = SECTIONS[section];
    await this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      const [current] = await m.query(
        `SELECT ${def.columns.map((c) => (c.column.endsWith('date') || c.column === 'programme_start' ? `to_char(${c.column}, 'YYYY-MM-DD')` : c.column) + ` AS "${c.field}"`).join(', ')},
                verification, verified_by AS "verifiedBy" FROM ${def.table} WHERE id = $1 AND learner_id = $2 FOR UPDATE`,
        [itemId, id],
      );
      if (!current) throw notFound();
      if (current.years !== undefined && current.years !== null) current.years = Number(current.years);
      const row: Record<string, unknown> = { ...current };
      for (const column of def.columns) if (body[column.field] !== undefined) row[column.field] = body[column.field];
      checkRequired(def, row);
      checkDates(def, row, this.access.today());
      await def.check?.(m, row);
      if (def.unique && row[def.unique] !== current[def.unique]) {
        const column = def.columns.find((c) => c.field === def.unique)!.column;
        const [exists] = await m.query(`SELECT 1 FROM ${def.table} WHERE learner_id = $1 AND ${column} = $2 AND id <> $3`, [id, row[def.unique], itemId]);
        if (exists) throw new AppError('ALREADY_EXISTS', { field: def.unique }, {}, [{ field: def.unique, problem: 'oneOf' }]);
      }
      // A learner's own correction is self-reported again until staff verify it.
      const verification = body.verification !== undefined || this.access.isSelf(caller, key) ? this.verification(caller, key, body.verification) : current.verification;
      const verifiedBy = verification === 'verified' ? (current.verification === 'verified' ? current.verifiedBy : caller.id) : null;
      const values = def.columns.map((c) => row[c.field]);
      await m.query(
        `UPDATE ${def.table} SET ${def.columns.map((c, i) => `${c.column} = $${i + 3}`).join(', ')},
                verification = $${values.length + 3}, verified_by = $${values.length + 4}, updated_at = now()
          WHERE id = $1 AND learner_id = $2`,
        [itemId, id, ...values, verification, verifiedBy],
      );
      await m.query(`UPDATE learner SET updated_at = now() WHERE id = $1`, [id]);
      await this.access.recordChange(caller, key, `learner.${section}.update`, m);
    });
    return this.profile(caller, id, undefined, undefined, true);
  }

  async removeItem(caller: AuthUser, id: string, section: ProfileSection, itemId: string): Promise<LearnerProfile> {
    const def = SECTIONS[section];
    await this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      const [item] = await m.query(`SELECT entered_by AS "enteredBy", verification FROM ${def.table} WHERE id = $1 AND learner_id = $2 FOR UPDATE`, [itemId, id]);
      if (!item) throw notFound();
      // A learner removes what they entered themself; what staff entered or verified stays until staff change it.
      if (this.access.isSelf(caller, key) && (item.enteredBy !== caller.id || item.verification === 'verified')) {
        throw new AppError('FORBIDDEN', {}, {}, [{ field: 'itemId', problem: 'notYours' }]);
      }
      await m.query(`DELETE FROM ${def.table} WHERE id = $1`, [itemId]);
      await m.query(`UPDATE learner SET updated_at = now() WHERE id = $1`, [id]);
      await this.access.recordChange(caller, key, `learner.${section}.remove`, m);
    });
    return this.profile(caller, id, undefined, undefined, true);
  }

  /** Staff may mark an item verified; what the learner enters is self-reported. */
  private verification(caller: AuthUser, key: LearnerKey, wanted: unknown): 'verified' | 'self_reported' {
    if (wanted === 'verified') {
      if (this.access.isSelf(caller, key)) throw new AppError('FORBIDDEN', {}, {}, [{ field: 'verification', problem: 'notYours' }]);
      return 'verified';
    }
    return 'self_reported';
  }

  // ---- caseload

  async caseload(caller: AuthUser, q: CaseloadQuery): Promise<Page<CaseloadRow>> {
    const today = this.access.today();
    const params: unknown[] = [caller.tenantCode, today];
    // $2 (today) is used by the stalled and review columns; named here so every query binds it.
    const where = ['l.tenant_code = $1', '$2::date IS NOT NULL'];
    if (q.coach === 'me') where.push(`l.coach_id = $${params.push(caller.id)}`);
    else if (q.coach === 'none') where.push('l.coach_id IS NULL');
    else if (q.coach) where.push(`l.coach_id = $${params.push(q.coach)}`);
    if (q.q) {
      const like = `%${escapeLike(q.q)}%`;
      where.push(`(l.first_name || ' ' || l.last_name) ILIKE $${params.push(like)}`);
    }
    const stalledExpr = `(p.learner_id IS NOT NULL AND ${LAST_ACTIVITY} < $2::date - (t.stalled_weeks * 7))`;
    const reviewExpr = `(p.learner_id IS NOT NULL AND p.review_held_on IS NULL AND (p.start_date + interval '12 months' - interval '30 days')::date <= $2::date)`;
    const sfiExpr = `(SELECT max(s.course) FROM learner_sfi_course s WHERE s.learner_id = l.id AND s.result NOT IN ('F', 'dropped'))`;
    if (q.stalled !== undefined) where.push(q.stalled ? stalledExpr : `NOT ${stalledExpr}`);
    if (q.reviewDue !== undefined) where.push(q.reviewDue ? reviewExpr : `NOT ${reviewExpr}`);
    if (q.sfiCourse) where.push(`${sfiExpr} = $${params.push(q.sfiCourse)}`);
    const from = `FROM learner l JOIN tenant t ON t.code = l.tenant_code LEFT JOIN career_plan p ON p.learner_id = l.id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.ds.query(
      `SELECT l.id, l.first_name AS "firstName", l.last_name AS "lastName", l.coach_id AS "coachId", c.display_name AS "coachName",
              l.protected_identity AS "protectedIdentity", ${sfiExpr} AS "currentSfiCourse", p.learner_id IS NOT NULL AS "hasPlan",
              (SELECT json_build_object('title', s.title, 'kind', s.kind, 'startDate', to_char(s.start_date, 'YYYY-MM-DD'))
                 FROM plan_step s WHERE s.learner_id = l.id AND s.status IN ('planned', 'ongoing') ORDER BY s.position LIMIT 1) AS "nextStep",
              (SELECT to_char(max(f.held_on), 'YYYY-MM-DD') FROM follow_up f WHERE f.learner_id = l.id) AS "lastFollowUp",
              ${stalledExpr} AS stalled, ${reviewExpr} AS "reviewDue",
              ${consentGiven('share_with_employers')} AS "sharesWithEmployers"
         ${from.replace('LEFT JOIN career_plan', 'LEFT JOIN app_user c ON c.id = l.coach_id LEFT JOIN career_plan')}
        ORDER BY ${stalledExpr} DESC, l.last_name, l.first_name, l.id
        LIMIT $${params.push(q.limit)} OFFSET $${params.push(q.offset)}`,
      params,
    );
    return { items: rows, total, limit: q.limit, offset: q.offset };
  }

  // ---- account and handover

  /** Links a newcomer account to the profile (the invitation flow creates the account). */
  async linkAccount(m: EntityManager, learnerId: string, userId: string): Promise<void> {
    await m.query(`UPDATE learner SET user_id = $2, updated_at = now() WHERE id = $1`, [learnerId, userId]);
  }

  /** A leaving coach's caseload (or part of it) goes to another coach; the history stays. */
  async handover(caller: AuthUser, fromCoachId: string, toCoachId: string, learnerIds: string[] | undefined, reason: string | undefined): Promise<{ moved: number }> {
    if (caller.role === 'coach' && fromCoachId !== caller.id) throw new AppError('FORBIDDEN');
    if (fromCoachId === toCoachId) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'toCoachId', problem: 'oneOf' }]);
    return this.ds.transaction(async (m) => {
      const [from] = await m.query(`SELECT 1 FROM app_user WHERE id = $1 AND tenant_code = $2 AND role = 'coach'`, [fromCoachId, caller.tenantCode]);
      if (!from) throw new AppError('COACH_UNKNOWN');
      await this.requireCoach(m, caller.tenantCode, toCoachId);
      const params: unknown[] = [caller.tenantCode, fromCoachId];
      let only = '';
      if (learnerIds) {
        only = `AND id = ANY($3::uuid[])`;
        params.push(learnerIds);
      }
      const moved: { id: string }[] = await m.query(`SELECT id FROM learner WHERE tenant_code = $1 AND coach_id = $2 ${only} FOR UPDATE`, params);
      if (learnerIds && moved.length !== new Set(learnerIds).size) throw notFound();
      if (moved.length === 0) return { moved: 0 };
      const ids = moved.map((r) => r.id);
      await m.query(`UPDATE learner SET coach_id = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids, toCoachId]);
      await m.query(`UPDATE app_user SET coach_id = $2 WHERE id IN (SELECT user_id FROM learner WHERE id = ANY($1::uuid[]) AND user_id IS NOT NULL)`, [ids, toCoachId]);
      await m.query(
        `INSERT INTO learner_coach_change (learner_id, from_coach_id, to_coach_id, changed_by, changed_at, reason)
         SELECT unnest($1::uuid[]), $2, $3, $4, now(), $5`,
        [ids, fromCoachId, toCoachId, caller.id, reason ?? null],
      );
      for (const id of ids) await this.access.recordChange(caller, { id } as LearnerKey, 'learner.handover', m);
      return { moved: ids.length };
    });
  }

  async coachHistory(caller: AuthUser, id: string): Promise<{ at: string; fromName: string | null; toName: string | null; reason: string | null }[]> {
    await this.access.find(caller, id);
    const rows = await this.ds.query(
      `SELECT h.changed_at AS at, f.display_name AS "fromName", t.display_name AS "toName", h.reason
         FROM learner_coach_change h LEFT JOIN app_user f ON f.id = h.from_coach_id LEFT JOIN app_user t ON t.id = h.to_coach_id
        WHERE h.learner_id = $1 ORDER BY h.changed_at, h.id`,
      [id],
    );
    return rows.map((r: { at: Date }) => ({ ...r, at: new Date(r.at).toISOString() }));
  }
}
