import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
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

  async record(actor: AuthUser, action: string, subjectType: string, subjectId: string, requestId?: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.repo.manager).insert(AuditEvent, {
      tenantCode: actor.tenantCode,
      actorUserId: actor.id,
      actorRole: actor.role,
      action,
      subjectType,
      subjectId,
      at: this.clock.now(),
      requestId: requestId ?? null,
    });
  }

  list(tenantCode: string, filter: { subjectId?: string; actorUserId?: string }, limit: number, offset: number): Promise<[AuditEvent[], number]> {
    const qb = this.repo.createQueryBuilder('a').where('a.tenant_code = :tenantCode', { tenantCode });
    if (filter.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.actorUserId) qb.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    return qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').take(limit).skip(offset).getManyAndCount();
  }
}
