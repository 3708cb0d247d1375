import type { Page } from '@jobbrygga/domain';
import { apiRequest } from './client';

/** One line of the audit log: who read or changed whose personal data, and when. */
export interface AuditEvent {
  id: string;
  /** null when no logged-in user did it (the system). */
  actorUserId: string | null;
  actorRole: string | null;
  /** e.g. "profile.read", "user.deactivate"; new actions can appear before the web app knows them. */
  action: string;
  /** e.g. "user" */
  subjectType: string;
  subjectId: string;
  /** ISO 8601 */
  at: string;
}

export interface AuditQuery {
  /** A user id (uuid): only events about this person. */
  subjectId?: string;
  /** A user id (uuid): only events this person caused. */
  actorUserId?: string;
  limit: number;
  offset: number;
}

/** Admins only; newest first. */
export function listAuditEvents(query: AuditQuery): Promise<Page<AuditEvent>> {
  return apiRequest<Page<AuditEvent>>('/audit', {
    query: { subjectId: query.subjectId, actorUserId: query.actorUserId, limit: query.limit, offset: query.offset },
  });
}
