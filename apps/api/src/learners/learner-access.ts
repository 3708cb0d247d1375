import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReadReason } from '@jobbrygga/domain';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { SearchSync } from '../search/search-sync.service';

/** The few columns that decide who may see and change a learner. */
export interface LearnerKey {
  id: string;
  tenantCode: string;
  userId: string | null;
  coachId: string | null;
  protectedIdentity: boolean;
}

/** SQL: whether learner `alias` currently gives consent to `purpose` (the latest record; never asked = no). */
export function consentGiven(purpose: 'share_with_employers' | 'receive_email', alias = 'l'): string {
  return `COALESCE((SELECT c.given FROM learner_consent c WHERE c.learner_id = ${alias}.id AND c.purpose = '${purpose}'
                     ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1), false)`;
}

/** SQL: the last progress of learner `l` with plan `p` (plan start, review, follow-up, step change): "stalled" counts weeks from it. */
export const LAST_ACTIVITY = `GREATEST(p.start_date, p.review_held_on,
  (SELECT max(f.held_on) FROM follow_up f WHERE f.learner_id = l.id),
  (SELECT max(s.status_changed_on) FROM plan_step s WHERE s.learner_id = l.id))`;

/** Today in Sweden, as YYYY-MM-DD (the clock can be moved in tests and demos). */
export function swedishToday(clock: Clock): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(clock.now());
}

/**
 * Who may reach a learner: staff (admin, coach) of the learner's municipality, and the learner
 * themself. Employers never reach a profile here (Step 4 shares a minimal, consented view).
 * Anyone else gets 404, so a learner's existence is not revealed across municipalities.
 */
@Injectable()
export class LearnerAccess {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly searchSync: SearchSync,
  ) {}

  async find(caller: AuthUser, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<LearnerKey> {
    const [row] = await m.query(
      `SELECT id, tenant_code AS "tenantCode", user_id AS "userId", coach_id AS "coachId", protected_identity AS "protectedIdentity"
         FROM learner WHERE id = $1 AND tenant_code = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [id, caller.tenantCode],
    );
    if (!row) throw notFound();
    const key = row as LearnerKey;
    if (caller.role === 'newcomer' && key.userId !== caller.id) throw notFound();
    if (caller.role !== 'newcomer' && caller.role !== 'admin' && caller.role !== 'coach') throw new AppError('FORBIDDEN');
    return key;
  }

  /** The learner profile of a newcomer account (404 when the coach has not linked one yet). */
  async ownId(caller: AuthUser): Promise<string> {
    const [row] = await this.ds.query(`SELECT id FROM learner WHERE user_id = $1 AND tenant_code = $2`, [caller.id, caller.tenantCode]);
    if (!row) throw notFound();
    return row.id;
  }

  /** Staff only (for changes the learner may not make themself). */
  requireStaff(caller: AuthUser): void {
    if (caller.role !== 'admin' && caller.role !== 'coach') throw new AppError('FORBIDDEN');
  }

  /** Contact details and home place are shown only to the responsible coach and the learner when the identity is protected. */
  seesHidden(caller: AuthUser, key: LearnerKey): boolean {
    if (!key.protectedIdentity) return true;
    return caller.id === key.coachId || caller.id === key.userId;
  }

  isSelf(caller: AuthUser, key: LearnerKey): boolean {
    return caller.role === 'newcomer' && caller.id === key.userId;
  }

  /** Every read of a profile by anyone but the learner is written in the audit log, with why. */
  async recordRead(caller: AuthUser, key: LearnerKey, action: string, reason: ReadReason | undefined, requestId: string | undefined, m?: EntityManager): Promise<void> {
    if (this.isSelf(caller, key)) return;
    await this.audit.record(caller, action, 'learner', key.id, requestId, m, reason ?? 'caseload');
  }

  /** Every change is logged, and the candidate index is told to rewrite (or drop) the learner. */
  async recordChange(caller: AuthUser, key: LearnerKey, action: string, m: EntityManager): Promise<void> {
    await this.audit.record(caller, action, 'learner', key.id, undefined, m);
    await this.searchSync.enqueue(m, 'candidates', [key.id]);
    // The worker also polls every second; this wake usually comes just after the commit.
    setTimeout(() => this.searchSync.wake(), 25).unref();
  }

  today(): string {
    return swedishToday(this.clock);
  }
}
