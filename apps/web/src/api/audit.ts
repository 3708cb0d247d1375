import type { AuditEntry, Page } from '@jobbrygga/domain';
import { apiRequest } from './client';

export type { AuditEntry as AuditEvent } from '@jobbrygga/domain';

export interface AuditQuery {
  /** A user id (uuid): only events about this person. */
  subjectId?: string;
  /** A user id (uuid): only events this person caused. */
  actorUserId?: string;
  limit: number;
  offset: number;
}

/** Admins only; newest first. */
export function listAuditEvents(query: AuditQuery): Promise<Page<AuditEntry>> {
  return apiRequest<Page<AuditEntry>>('/audit', {
    query: { subjectId: query.subjectId, actorUserId: query.actorUserId, limit: query.limit, offset: query.offset },
  });
}
