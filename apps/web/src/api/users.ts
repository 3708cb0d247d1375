import { LIST_LIMIT_MAX, type Locale, type Page, type Role } from '@jobbrygga/domain';
import { apiRequest } from './client';

/** A user as lists show them (never the password hash or other secrets). */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** false while the invitation has not been accepted (no password chosen yet). */
  activated: boolean;
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

/** Every user the caller may see, fetched page by page with the largest page the API allows. */
export async function listAllUsers(role?: Role): Promise<UserSummary[]> {
  const all: UserSummary[] = [];
  for (;;) {
    const page = await listUsers({ role, limit: LIST_LIMIT_MAX, offset: all.length });
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.total) return all;
  }
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
