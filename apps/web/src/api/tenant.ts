import type { Weights } from '@jobbrygga/matching';
import { apiRequest } from './client';

/** The logged-in user's municipality (kommun) and its settings. */
export interface TenantSettings {
  code: string;
  name: string;
  /** Admins and job coaches must use two-factor login before they can do anything else. */
  requireTotpForStaff: boolean;
  /** Weeks without a follow-up or a step that moved before a learner is flagged as stalled. */
  stalledWeeks: number;
  /** The municipality's goal for women's share of placements started, percent (0–100); below it the reports raise an alert. */
  womenShareGoal: number;
  /** Percent of a target's value (1–100) a target may fall behind its straight-line pace before the reports raise an alert. */
  paceThreshold: number;
  /** How much each part of the matching score counts (whole points 0–100; only the proportions matter). */
  matchingWeights: Weights;
  /** The weights are the product's defaults: the municipality has not set its own. */
  matchingWeightsDefault: boolean;
}

export interface TenantSettingsUpdate {
  requireTotpForStaff?: boolean;
  stalledWeeks?: number;
  womenShareGoal?: number;
  paceThreshold?: number;
  matchingWeights?: Weights;
}

export function fetchTenant(): Promise<TenantSettings> {
  return apiRequest<TenantSettings>('/tenant');
}

/** Admins only. */
export function updateTenantSettings(body: TenantSettingsUpdate): Promise<TenantSettings> {
  return apiRequest<TenantSettings>('/tenant/settings', { method: 'PATCH', body });
}
