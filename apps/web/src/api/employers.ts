import type { Locale, Page, Sector, TokenPair } from '@jobbrygga/domain';
import { apiRequest } from './client';

/*
 * Employers as staff see them. The API builds these shapes in apps/api/src/employers without shared
 * types; they are written out here until they move to libs/domain/src/api-types.ts.
 */

/** unverified: the contact has not confirmed the e-mail; pending: waits for the municipality. */
export const EMPLOYER_STATUSES = ['pending', 'approved', 'rejected', 'unverified'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

export interface EmployerSummary {
  id: string;
  name: string;
  organisationNumber: string | null;
  sector: Sector;
  municipalOwn: boolean;
  status: EmployerStatus;
  createdAt: string;
  openPlacements: number;
  /** Place labels of the sites, comma-separated; null without sites. */
  places: string | null;
}

export interface EmployerSite {
  id: string;
  name: string;
  streetAddress: string | null;
  postalCode: string | null;
  placeId: string;
  placeLabel: string;
  municipalityCode: string;
  lat: number | null;
  lon: number | null;
}

export interface Supervisor {
  id: string;
  name: string;
  /** Language concept ids. */
  languages: string[];
  /** How many newcomers at once. */
  capacity: number;
  /** Has taken a supervisor course. */
  trained: boolean;
}

export interface EmployerContact {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  /** false until the e-mail address is confirmed or the invitation accepted. */
  activated: boolean;
}

/** What a decision returns: the employer without its lists. */
export interface EmployerRecord {
  id: string;
  name: string;
  organisationNumber: string | null;
  sector: Sector;
  municipalOwn: boolean;
  /** Occupation-field concept ids. */
  occupationFields: string[];
  description: string | null;
  status: EmployerStatus;
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface EmployerDetail extends EmployerRecord {
  sites: EmployerSite[];
  supervisors: Supervisor[];
  contacts: EmployerContact[];
}

export interface EmployerListQuery {
  status?: EmployerStatus;
  sector?: Sector;
  municipalOwn?: boolean;
  /** Name or organisation number. */
  q?: string;
  limit: number;
  offset: number;
}

export type Decision = 'approve' | 'reject';

/** Staff: the municipality's employers, registrations waiting for a decision first. */
export function listEmployers(query: EmployerListQuery): Promise<Page<EmployerSummary>> {
  return apiRequest<Page<EmployerSummary>>('/employers', {
    query: {
      status: query.status,
      sector: query.sector,
      municipalOwn: query.municipalOwn === undefined ? undefined : String(query.municipalOwn),
      q: query.q?.trim() || undefined,
      limit: query.limit,
      offset: query.offset,
    },
  });
}

export function getEmployer(id: string): Promise<EmployerDetail> {
  return apiRequest<EmployerDetail>(`/employers/${encodeURIComponent(id)}`);
}

/** Approve, or reject with a reason (the API requires one and sends it to the employer). */
export function decideEmployer(id: string, decision: Decision, reason?: string): Promise<EmployerRecord> {
  return apiRequest<EmployerRecord>(`/employers/${encodeURIComponent(id)}/decision`, { method: 'POST', body: { decision, reason } });
}

// ---- the employer's own organisation (employer contacts)

export interface EmployerRegistration {
  municipalityCode: string;
  name: string;
  /** NNNNNN-NNNN (normalised in the browser first). */
  organisationNumber: string;
  sector: Sector;
  municipalOwn: boolean;
  occupationFields: string[];
  description?: string;
  contactName: string;
  email: string;
  password: string;
  locale: Locale;
}

export interface EmployerUpdate {
  name?: string;
  sector?: Sector;
  occupationFields?: string[];
  description?: string;
}

export interface SiteInput {
  name: string;
  streetAddress?: string;
  /** "762 31" */
  postalCode?: string;
  placeId: string;
}

export interface SupervisorInput {
  name: string;
  languages: string[];
  capacity: number;
  trained: boolean;
}

const employerPath = (id: string): string => `/employers/${encodeURIComponent(id)}`;

/** Public: a new employer and its first contact; the contact gets an e-mail to confirm. */
export function registerEmployer(body: EmployerRegistration): Promise<{ employerId: string; status: EmployerStatus }> {
  return apiRequest('/employers/register', { method: 'POST', body, auth: false });
}

/** Public: the link in the confirmation e-mail; answers with a session for the contact. */
export function verifyEmployerEmail(token: string): Promise<TokenPair> {
  return apiRequest<TokenPair>('/employers/verify-email', { method: 'POST', body: { token }, auth: false });
}

export function updateEmployer(id: string, body: EmployerUpdate): Promise<EmployerRecord> {
  return apiRequest<EmployerRecord>(employerPath(id), { method: 'PATCH', body });
}

export function createSite(employerId: string, body: SiteInput): Promise<EmployerSite> {
  return apiRequest<EmployerSite>(`${employerPath(employerId)}/sites`, { method: 'POST', body });
}

export function updateSite(employerId: string, siteId: string, body: SiteInput): Promise<EmployerSite> {
  return apiRequest<EmployerSite>(`${employerPath(employerId)}/sites/${encodeURIComponent(siteId)}`, { method: 'PATCH', body });
}

export function createSupervisor(employerId: string, body: SupervisorInput): Promise<Supervisor> {
  return apiRequest<Supervisor>(`${employerPath(employerId)}/supervisors`, { method: 'POST', body });
}

export function updateSupervisor(employerId: string, supervisorId: string, body: SupervisorInput): Promise<Supervisor> {
  return apiRequest<Supervisor>(`${employerPath(employerId)}/supervisors/${encodeURIComponent(supervisorId)}`, { method: 'PATCH', body });
}
