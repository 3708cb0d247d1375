import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { AuditEntry } from '@jobbrygga/domain';
import { AuditEvent } from './audit-event.entity';
import { Clock } from '../clock/clock';
import type { AuthUser } from '../common/request-context';

/**
 * The audit log. Later steps call `record` for every read of a learner's personal data and
 * every change to it; the municipality can see who looked at whom and when.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly repo: Repository<AuditEvent>, private readonly clock: Clock) {}

  async record(actor: AuthUser, action: string, subjectType: string, subjectId: string, requestId?: string, manager?: EntityManager, reason?: string): Promise<void> {
    await (manager ?? this.repo.manager).insert(AuditEvent, {
      tenantCode: actor.tenantCode,
      actorUserId: actor.id,
      actorRole: actor.role,
      action,
      subjectType,
      subjectId,
      at: this.clock.now(),
      requestId: requestId ?? null,
      reason: reason ?? null,
    });
  }

  /** Events of one municipality, newest first, with the display names of actor and (user) subject. */
  async list(tenantCode: string, filter: { subjectId?: string; actorUserId?: string }, limit: number, offset: number): Promise<[AuditEntry[], number]> {
    const where = ['a.tenant_code = $1'];
    const params: unknown[] = [tenantCode];
    if (filter.subjectId) where.push(`a.subject_id = $${params.push(filter.subjectId)}`);
    if (filter.actorUserId) where.push(`a.actor_user_id = $${params.push(filter.actorUserId)}`);
    const [{ total }] = await this.repo.query(`SELECT count(*)::int AS total FROM audit_event a WHERE ${where.join(' AND ')}`, params);
    const rows = await this.repo.query(
      `SELECT a.id, a.actor_user_id AS "actorUserId", actor.display_name AS "actorName", a.actor_role AS "actorRole", a.action,
              a.subject_type AS "subjectType", a.subject_id AS "subjectId",
              COALESCE(subject.display_name, learner.first_name || ' ' || learner.last_name) AS "subjectName", a.reason, a.at
         FROM audit_event a
         LEFT JOIN app_user actor ON actor.id = a.actor_user_id AND actor.tenant_code = a.tenant_code
         LEFT JOIN app_user subject ON a.subject_type = 'user' AND subject.id::text = a.subject_id AND subject.tenant_code = a.tenant_code
         LEFT JOIN learner ON a.subject_type = 'learner' AND learner.id::text = a.subject_id AND learner.tenant_code = a.tenant_code
        WHERE ${where.join(' AND ')}
        ORDER BY a.at DESC, a.id DESC LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
      params,
    );
    return [rows.map((r: AuditEntry & { at: Date }) => ({ ...r, at: new Date(r.at).toISOString() })), total];
  }
}
