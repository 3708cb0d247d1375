import type { Locale, Page, Role } from '@jobbrygga/domain';
import { apiRequest } from './client';

/** A user as lists show them (never the password hash or other secrets). */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** ISO 8601 */
  createdAt: string;
}

export interface UserQuery {
  role?: Role;
  limit: number;
  offset: number;
}

export interface InvitationRequest {
  email: string;
  role: Role;
  displayName: string;
  locale: Locale;
}

export function listUsers(query: UserQuery): Promise<Page<UserSummary>> {
  return apiRequest<Page<UserSummary>>('/users', { query: { role: query.role, limit: query.limit, offset: query.offset } });
}

export function inviteUser(body: InvitationRequest): Promise<UserSummary> {
  return apiRequest<UserSummary>('/users/invitations', { method: 'POST', body });
}

export function deactivateUser(id: string): Promise<UserSummary> {
  return apiRequest<UserSummary>(`/users/${encodeURIComponent(id)}/deactivate`, { method: 'POST' });
}

export function reactivateUser(id: string): Promise<UserSummary> {
  return apiRequest<UserSummary>(`/users/${encodeURIComponent(id)}/reactivate`, { method: 'POST' });
}
