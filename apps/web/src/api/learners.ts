import type {
  AbsenceReason, Attendance, CareerPlan, CaseloadRow, ConsentPurpose, ConsentState, ErasureRequestRow, ExitReason, Gender, LanguageLevel, LearnerExport, LearnerProfile,
  LearnerStatistics, Locale, Page, PlanStepKind, PlanStepStatus, ProfileReadEntry, ProfileSection, ProgressLevel, ReadReason, SfiCourse, SfiLessonTime,
  SfiResult, SfiStudyPath, Status90Days, TravelMode, Verification,
} from '@jobbrygga/domain';
import { apiRequest } from './client';

/** The personal part of a profile as the forms send it (creation needs names and birth year). */
export interface LearnerFieldsInput {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  preferredLanguages?: string[];
  gender?: Gender;
  birthYear?: number;
  protectedIdentity?: boolean;
  homePlaceId?: string | null;
  sfiStudyPath?: SfiStudyPath | null;
  licences?: string[];
  availableFrom?: string | null;
  hoursPerWeek?: number | null;
  sfiLessonTime?: SfiLessonTime | null;
  travelMinutes?: number | null;
  travelModes?: TravelMode[];
  interestFields?: string[];
}

/** One item of a section as the forms send it; staff may send `verification: 'verified'`. */
export type SectionInput = { verification?: Verification } & (
  | { residencePermitDate?: string | null; programmeStart?: string | null; exitDate?: string | null; exitReason?: ExitReason | null; status90Days?: Status90Days | null }
  | { sunLevel?: string; sunField?: string | null; title?: string | null; country?: string | null; years?: number | null }
  | { ssykCode?: string | null; occupationNameId?: string | null; escoUri?: string | null; title?: string | null; years?: number | null; country?: string | null }
  | { skillId?: string }
  | { languageId?: string; level?: LanguageLevel }
  | { course?: SfiCourse; startDate?: string; endDate?: string | null; result?: SfiResult }
);

export interface CaseloadQuery {
  q?: string;
  /** 'me', 'none' or a coach's id */
  coach?: string;
  stalled?: boolean;
  reviewDue?: boolean;
  sfiCourse?: SfiCourse;
  limit: number;
  offset: number;
}

const base = (id: string) => `/learners/${encodeURIComponent(id)}`;

export function listCaseload(query: CaseloadQuery): Promise<Page<CaseloadRow>> {
  return apiRequest<Page<CaseloadRow>>('/learners', {
    query: {
      q: query.q?.trim() || undefined,
      coach: query.coach || undefined,
      stalled: query.stalled === undefined ? undefined : String(query.stalled),
      reviewDue: query.reviewDue === undefined ? undefined : String(query.reviewDue),
      sfiCourse: query.sfiCourse,
      limit: query.limit,
      offset: query.offset,
    },
  });
}
export function createLearner(body: LearnerFieldsInput & { firstName: string; lastName: string; birthYear: number; coachId?: string }): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>('/learners', { method: 'POST', body });
}
/** Staff read a profile; the read is logged with the reason. */
export function getLearner(id: string, reason?: ReadReason): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>(base(id), { query: { reason } });
}
/** A newcomer's own profile. */
export function getOwnProfile(): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>('/learners/me');
}
export function updateLearner(id: string, body: LearnerFieldsInput): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>(base(id), { method: 'PATCH', body });
}
export function addItem(id: string, section: ProfileSection, body: SectionInput): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>(`${base(id)}/${section}`, { method: 'POST', body });
}
export function updateItem(id: string, section: ProfileSection, itemId: string, body: SectionInput): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>(`${base(id)}/${section}/${encodeURIComponent(itemId)}`, { method: 'PATCH', body });
}
export function removeItem(id: string, section: ProfileSection, itemId: string): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>(`${base(id)}/${section}/${encodeURIComponent(itemId)}`, { method: 'DELETE' });
}
/** Coaches: invites the learner to an account linked to the profile. */
export function inviteLearner(id: string, email: string, locale: Locale): Promise<LearnerProfile> {
  return apiRequest<LearnerProfile>(`${base(id)}/invite`, { method: 'POST', body: { email, locale } });
}
export function coachHistory(id: string): Promise<{ at: string; fromName: string | null; toName: string | null; reason: string | null }[]> {
  return apiRequest(`${base(id)}/coach-history`);
}
export function handover(body: { fromCoachId: string; toCoachId: string; learnerIds?: string[]; reason?: string }): Promise<{ moved: number }> {
  return apiRequest<{ moved: number }>('/learners/handover', { method: 'POST', body });
}
export function learnerStatistics(): Promise<LearnerStatistics> {
  return apiRequest<LearnerStatistics>('/learners/statistics');
}

// ---- career plan

export interface PlanInput {
  goalSsyk?: string[];
  goalFields?: string[];
  goalText?: string | null;
  startDate?: string;
  plannedHours?: number;
  /** The next follow-up meeting the coach booked (today or later); null cancels the booking. */
  nextFollowUpOn?: string | null;
}
export interface PlanStepInput {
  kind?: PlanStepKind;
  title?: string;
  startDate?: string | null;
  endDate?: string | null;
  hoursPerWeek?: number | null;
  status?: PlanStepStatus;
  placementId?: string | null;
  position?: number;
}
export interface FollowUpInput {
  heldOn: string;
  attendance: Attendance;
  absenceReason?: AbsenceReason | null;
  notes?: string | null;
  progress?: { language?: ProgressLevel | null; work?: ProgressLevel | null; housing?: ProgressLevel | null };
}

export function getPlan(id: string, reason?: ReadReason): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan`, { query: { reason } });
}
export function savePlan(id: string, body: PlanInput): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan`, { method: 'PUT', body });
}
export function addStep(id: string, body: PlanStepInput): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan/steps`, { method: 'POST', body });
}
export function updateStep(id: string, stepId: string, body: PlanStepInput): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan/steps/${encodeURIComponent(stepId)}`, { method: 'PATCH', body });
}
export function removeStep(id: string, stepId: string): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan/steps/${encodeURIComponent(stepId)}`, { method: 'DELETE' });
}
export function addFollowUp(id: string, body: FollowUpInput): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan/follow-ups`, { method: 'POST', body });
}
export function recordReview(id: string, heldOn: string, notes: string | null): Promise<CareerPlan> {
  return apiRequest<CareerPlan>(`${base(id)}/plan/review`, { method: 'POST', body: { heldOn, notes } });
}

// ---- consent and rights

export interface ConsentOverview {
  textVersion: string;
  states: ConsentState[];
  history: (ConsentState & { recordedByName: string | null })[];
}
/** Staff's reads are logged with the reason (the learner's own are not logged). */
export function getConsents(id: string, reason?: ReadReason): Promise<ConsentOverview> {
  return apiRequest<ConsentOverview>(`${base(id)}/privacy/consents`, { query: { reason } });
}
export function setConsent(id: string, purpose: ConsentPurpose, given: boolean, language: string): Promise<ConsentState[]> {
  return apiRequest<ConsentState[]>(`${base(id)}/privacy/consents`, { method: 'POST', body: { purpose, given, language } });
}
export function profileReads(id: string): Promise<ProfileReadEntry[]> {
  return apiRequest<ProfileReadEntry[]>(`${base(id)}/privacy/reads`);
}
/** Everything about the learner, as JSON. */
export function exportData(id: string): Promise<LearnerExport> {
  return apiRequest<LearnerExport>(`${base(id)}/privacy/export`);
}
export function requestErasure(id: string, text: string | null): Promise<ErasureRequestRow> {
  return apiRequest<ErasureRequestRow>(`${base(id)}/privacy/erasure-request`, { method: 'POST', body: { text } });
}
/** This learner's erasure requests with the decisions, newest first (the learner themself, or staff). */
export function listOwnErasureRequests(id: string): Promise<LearnerExport['erasureRequests']> {
  return apiRequest<LearnerExport['erasureRequests']>(`${base(id)}/privacy/erasure-requests`);
}
export function listErasureRequests(): Promise<ErasureRequestRow[]> {
  return apiRequest<ErasureRequestRow[]>('/learners/erasure-requests');
}
export function decideErasure(requestId: string, approve: boolean, reason: string): Promise<ErasureRequestRow> {
  return apiRequest<ErasureRequestRow>(`/learners/erasure-requests/${encodeURIComponent(requestId)}/decision`, { method: 'POST', body: { approve, reason } });
}
