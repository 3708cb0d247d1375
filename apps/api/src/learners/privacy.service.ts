import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CONSENT_TEXT_VERSION, ageBand, sfiPassed,
  type ConsentPurpose, type ConsentState, type LearnerExport, type ReadReason, type ErasureRequestRow, type ExitReason, type Gender, type LearnerStatistics, type ProfileReadEntry, type SfiResult, type Status90Days,
} from '@jobbrygga/domain';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { Clock } from '../clock/clock';
import { LearnerAccess, type LearnerKey } from './learner-access';
import { LearnerEvents } from './learner-events';
import { LearnersService } from './learners.service';
import { PlanService } from './plan.service';

/** One learner as statistics see them: no name, no contact. Live learners and erased ones alike. */
export interface StatisticsRow {
  gender: Gender;
  birthYear: number;
  establishment: { programmeStart: string | null; exitDate: string | null; exitReason: ExitReason | null; status90Days: Status90Days | null }[];
  sfiCourses: { course: string; startDate: string; endDate: string | null; result: SfiResult }[];
}

/** Counts for the board. Pure, so the same rows always give the same figures. */
export function summarise(rows: readonly StatisticsRow[], year: number): LearnerStatistics {
  const stats: LearnerStatistics = {
    total: rows.length,
    byGender: { female: 0, male: 0, other: 0, unknown: 0 },
    byAgeBand: {},
    exits: { work: 0, studies: 0, moved: 0, parental_leave: 0, illness: 0, other: 0 },
    status90Days: { work: 0, studies: 0, work_and_studies: 0, neither: 0, unknown: 0 },
    sfiPassed: 0,
  };
  for (const row of rows) {
    stats.byGender[row.gender] += 1;
    const band = ageBand(row.birthYear, year);
    stats.byAgeBand[band] = (stats.byAgeBand[band] ?? 0) + 1;
    for (const period of row.establishment) {
      if (period.exitReason) stats.exits[period.exitReason] += 1;
      if (period.status90Days) stats.status90Days[period.status90Days] += 1;
    }
    stats.sfiPassed += row.sfiCourses.filter((course) => sfiPassed(course.result)).length;
  }
  return stats;
}

const STATISTICS_SQL = `
  SELECT l.gender, l.birth_year AS "birthYear",
         COALESCE((SELECT json_agg(json_build_object('programmeStart', to_char(e.programme_start, 'YYYY-MM-DD'), 'exitDate', to_char(e.exit_date, 'YYYY-MM-DD'),
                                                     'exitReason', e.exit_reason, 'status90Days', e.status_90_days) ORDER BY e.programme_start)
                     FROM learner_establishment e WHERE e.learner_id = l.id), '[]') AS establishment,
         COALESCE((SELECT json_agg(json_build_object('course', s.course, 'startDate', to_char(s.start_date, 'YYYY-MM-DD'), 'endDate', to_char(s.end_date, 'YYYY-MM-DD'),
                                                     'result', s.result) ORDER BY s.start_date)
                     FROM learner_sfi_course s WHERE s.learner_id = l.id), '[]') AS "sfiCourses",
         to_char(l.created_at, 'YYYY-MM-DD') AS "registeredOn"
    FROM learner l`;

/**
 * Consent per purpose, the log of who read a profile, the learner's own copy of their data and
 * erasure. Erasure is an admin's decision with a reason (public records have retention rules);
 * carried out, it removes everything personal and keeps an anonymous statistics row.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: LearnerAccess,
    private readonly learners: LearnersService,
    private readonly plans: PlanService,
    private readonly events: LearnerEvents,
    private readonly clock: Clock,
  ) {}

  // ---- consent

  async consents(caller: AuthUser, id: string, reason?: ReadReason, skipAudit = false): Promise<{ textVersion: string; states: ConsentState[]; history: (ConsentState & { recordedByName: string | null })[] }> {
    const key = await this.access.find(caller, id);
    if (!skipAudit) await this.access.recordRead(caller, key, 'learner.consent.read', reason ?? 'caseload', undefined);
    const history = await this.ds.query(
      `SELECT c.purpose, c.given, c.recorded_at AS "recordedAt", c.text_version AS "textVersion", c.language, c.recorded_by_role AS "recordedByRole", u.display_name AS "recordedByName"
         FROM learner_consent c LEFT JOIN app_user u ON u.id = c.recorded_by WHERE c.learner_id = $1 ORDER BY c.recorded_at DESC, c.id DESC`,
      [id],
    );
    return {
      textVersion: CONSENT_TEXT_VERSION,
      states: await this.learners.consentStates(this.ds.manager, id),
      history: history.map((h: { recordedAt: Date }) => ({ ...h, recordedAt: new Date(h.recordedAt).toISOString() })),
    };
  }

  /**
   * Gives or withdraws one purpose. The learner does this themself; a coach may record what the
   * learner said in a meeting (the record says so). Withdrawing sharing takes effect at once.
   */
  async setConsent(caller: AuthUser, id: string, purpose: ConsentPurpose, given: boolean, language: string): Promise<ConsentState[]> {
    return this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      const [current] = await m.query(
        `SELECT given FROM learner_consent WHERE learner_id = $1 AND purpose = $2 ORDER BY recorded_at DESC, id DESC LIMIT 1`,
        [id, purpose],
      );
      await m.query(
        `INSERT INTO learner_consent (learner_id, purpose, given, text_version, language, recorded_by, recorded_by_role, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, purpose, given, CONSENT_TEXT_VERSION, language, caller.id, caller.role, this.clock.now()],
      );
      await this.access.recordChange(caller, key, given ? `learner.consent.give.${purpose}` : `learner.consent.withdraw.${purpose}`, m);
      if (!given && purpose === 'share_with_employers' && current?.given) {
        await this.events.emit({ type: 'share-withdrawn', learnerId: id, tenantCode: key.tenantCode }, m);
      }
      return this.learners.consentStates(m, id);
    });
  }

  // ---- who read the profile

  async reads(caller: AuthUser, id: string): Promise<ProfileReadEntry[]> {
    await this.access.find(caller, id);
    const rows = await this.ds.query(
      `SELECT a.at, u.display_name AS "actorName", a.actor_role AS "actorRole", a.action, a.reason
         FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.tenant_code = $1 AND a.subject_type = 'learner' AND a.subject_id = $2
        ORDER BY a.at DESC, a.id DESC LIMIT 500`,
      [caller.tenantCode, id],
    );
    return rows.map((r: { at: Date }) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  // ---- the learner's own copy

  async export(caller: AuthUser, id: string, requestId?: string): Promise<LearnerExport> {
    const key = await this.access.find(caller, id);
    await this.access.recordRead(caller, key, 'learner.export', 'export', requestId);
    const [profile, plan, consents, reads, coaches] = await Promise.all([
      this.learners.profile(caller, id, 'export', requestId, true),
      this.plans.plan(caller, id, 'export', requestId, true),
      this.consents(caller, id, 'export', true),
      this.reads(caller, id),
      this.learners.coachHistory(caller, id),
    ]);
    const erasure = await this.ownErasureRequests(id);
    return { exportedAt: this.clock.now().toISOString(), profile, plan, consents, profileReads: reads, coachHistory: coaches, erasureRequests: erasure };
  }

  // ---- erasure

  private async ownErasureRequests(id: string): Promise<LearnerExport['erasureRequests']> {
    const rows = await this.ds.query(
      `SELECT requested_at AS "requestedAt", status, decided_at AS "decidedAt", decision_reason AS "decisionReason" FROM erasure_request WHERE learner_id = $1 ORDER BY requested_at DESC`,
      [id],
    );
    return rows.map((r: { requestedAt: Date; decidedAt: Date | null }) => ({
      ...r, requestedAt: new Date(r.requestedAt).toISOString(), decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    }));
  }

  /** The learner's own requests (and the coach's view of them): pending first is the newest. */
  async learnerErasureRequests(caller: AuthUser, id: string): Promise<LearnerExport['erasureRequests']> {
    await this.access.find(caller, id);
    return this.ownErasureRequests(id);
  }

  async requestErasure(caller: AuthUser, id: string, text: string | null | undefined): Promise<ErasureRequestRow> {
    const requestId = await this.ds.transaction(async (m) => {
      const key = await this.access.find(caller, id, m, true);
      const [open] = await m.query(`SELECT 1 FROM erasure_request WHERE learner_id = $1 AND status = 'requested'`, [id]);
      if (open) throw new AppError('ERASURE_ALREADY_REQUESTED');
      const [row] = await m.query(
        `INSERT INTO erasure_request (tenant_code, learner_id, requested_by, requested_by_role, requested_at, request_text) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [key.tenantCode, id, caller.id, caller.role, this.clock.now(), text ?? null],
      );
      await this.access.recordChange(caller, key, 'learner.erasure.request', m);
      return row.id as string;
    });
    return (await this.erasureRequests(caller, requestId))[0];
  }

  async erasureRequests(caller: AuthUser, onlyId?: string): Promise<ErasureRequestRow[]> {
    const rows = await this.ds.query(
      `SELECT r.id, r.learner_id AS "learnerId", CASE WHEN l.id IS NULL THEN NULL ELSE l.first_name || ' ' || l.last_name END AS "learnerName",
              r.requested_at AS "requestedAt", r.requested_by_role AS "requestedByRole", r.request_text AS "requestText", r.status,
              r.decided_at AS "decidedAt", r.decision_reason AS "decisionReason"
         FROM erasure_request r LEFT JOIN learner l ON l.id = r.learner_id
        WHERE r.tenant_code = $1 ${onlyId ? 'AND r.id = $2' : ''}
        ORDER BY (r.status = 'requested') DESC, r.requested_at DESC LIMIT 200`,
      onlyId ? [caller.tenantCode, onlyId] : [caller.tenantCode],
    );
    return rows.map((r: { requestedAt: Date; decidedAt: Date | null }) => ({
      ...r, requestedAt: new Date(r.requestedAt).toISOString(), decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    }));
  }

  /** The admin decides. Approved: everything personal goes, an anonymous statistics row stays. */
  async decideErasure(caller: AuthUser, requestId: string, approve: boolean, reason: string): Promise<ErasureRequestRow> {
    await this.ds.transaction(async (m) => {
      const [request] = await m.query(`SELECT learner_id AS "learnerId", status FROM erasure_request WHERE id = $1 AND tenant_code = $2 FOR UPDATE`, [requestId, caller.tenantCode]);
      if (!request) throw notFound();
      if (request.status !== 'requested' || !request.learnerId) throw new AppError('ALREADY_DECIDED');
      await m.query(
        `UPDATE erasure_request SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5 WHERE id = $1`,
        [requestId, approve ? 'approved' : 'rejected', caller.id, this.clock.now(), reason],
      );
      const key = await this.access.find(caller, request.learnerId, m, true);
      await this.access.recordChange(caller, key, approve ? 'learner.erasure.approve' : 'learner.erasure.reject', m);
      if (approve) await this.erase(m, key);
    });
    return (await this.erasureRequests(caller, requestId))[0];
  }

  private async erase(m: EntityManager, key: LearnerKey): Promise<void> {
    const [stats] = await m.query(`${STATISTICS_SQL} WHERE l.id = $1`, [key.id]);
    await m.query(
      `INSERT INTO anonymised_learner (tenant_code, gender, birth_year, registered_on, establishment, sfi_courses, anonymised_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [key.tenantCode, stats.gender, stats.birthYear, stats.registeredOn, JSON.stringify(stats.establishment), JSON.stringify(stats.sfiCourses), this.clock.now()],
    );
    await this.events.emit({ type: 'erased', learnerId: key.id, tenantCode: key.tenantCode }, m);
    const [person] = await m.query(`SELECT l.email, u.email AS "accountEmail" FROM learner l LEFT JOIN app_user u ON u.id = l.user_id WHERE l.id = $1`, [key.id]);
    // Mails not yet sent to the learner would carry their name and address.
    const addresses = [person.email, person.accountEmail].filter((a: string | null): a is string => !!a);
    if (addresses.length) await m.query(`DELETE FROM mail_outbox WHERE lower(to_address) = ANY($1::text[])`, [addresses.map((a) => a.toLowerCase())]);
    // Free texts on the request itself may name the person.
    await m.query(`UPDATE erasure_request SET request_text = NULL WHERE learner_id = $1`, [key.id]);
    await m.query(`DELETE FROM learner WHERE id = $1`, [key.id]);
    if (key.userId) await m.query(`DELETE FROM app_user WHERE id = $1`, [key.userId]);
  }

  // ---- statistics

  async statistics(caller: AuthUser): Promise<LearnerStatistics> {
    const live: StatisticsRow[] = await this.ds.query(`${STATISTICS_SQL} WHERE l.tenant_code = $1`, [caller.tenantCode]);
    const erased: StatisticsRow[] = await this.ds.query(
      `SELECT gender, birth_year AS "birthYear", establishment, sfi_courses AS "sfiCourses" FROM anonymised_learner WHERE tenant_code = $1`,
      [caller.tenantCode],
    );
    return summarise([...live, ...erased], Number(this.access.today().slice(0, 4)));
  }
}
