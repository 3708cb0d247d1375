import { apiRequest } from './client';

/** The logged-in user's municipality (kommun) and its settings. */
export interface TenantSettings {
  code: string;
  name: string;
  /** Admins and job coaches must use two-factor login before they can do anything else. */
  requireTotpForStaff: boolean;
  /** Weeks without a follow-up or a step that moved before a learner is flagged as stalled. */
  stalledWeeks: number;
}

export interface TenantSettingsUpdate {
  requireTotpForStaff?: boolean;
  stalledWeeks?: number;
}

export function fetchTenant(): Promise<TenantSettings> {
  return apiRequest<TenantSettings>('/tenant');
}

/** Admins only. */
export function updateTenantSettings(body: TenantSettingsUpdate): Promise<TenantSettings> {
  return apiRequest<TenantSettings>('/tenant/settings', { method: 'PATCH', body });
}
