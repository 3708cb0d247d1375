import type { Role } from '@jobbrygga/domain';
import { REFERRAL_ACTIONS, transition, type AnonymisedProfile, type ReferralAction, type ReferralHistoryEntry, type ReferralState, type ReferralView } from '@jobbrygga/matching';
import { apiRequest } from './client';

export type { AnonymisedProfile, ReferralAction, ReferralHistoryEntry, ReferralState, ReferralView };

/** A referral that ended 90 days ago or more without a recorded outcome. */
export interface OutcomeDue {
  id: string;
  learnerId: string;
  learnerName: string;
  placementTitle: string;
  endedOn: string;
  dueOn: string;
}

export type EndKind = 'completed' | 'aborted';
export type Outcome = 'work' | 'studies' | 'other_measure' | 'neither';
export const OUTCOMES: readonly Outcome[] = ['work', 'studies', 'other_measure', 'neither'];

/** One step; which fields are needed depends on the action (the API names the missing ones). */
export interface ReferralActionBody {
  action: ReferralAction;
  note?: string;
  /** book_interview: ISO 8601 with time zone. */
  interviewAt?: string;
  interviewPlace?: string;
  interpreterNeeded?: boolean;
  /** propose_agreement: YYYY-MM-DD. */
  startDate?: string;
  endDate?: string;
  hoursPerWeek?: number;
  tasks?: string;
  insuranceNote?: string;
  endKind?: EndKind;
  skillsShown?: string[];
  nextStep?: string;
  wouldHire?: boolean;
  outcome?: Outcome;
}

const path = (id: string) => `/referrals/${encodeURIComponent(id)}`;

/** Coach or admin: proposes a learner for a placement (422/409 carry a readable message). */
export function proposeReferral(placementId: string, learnerId: string): Promise<ReferralView> {
  return apiRequest<ReferralView>('/referrals', { method: 'POST', body: { placementId, learnerId } });
}

/** Staff: the municipality's (optionally by placement or learner); employer: incoming; newcomer: own. */
export function listReferrals(filter: { placementId?: string; learnerId?: string } = {}): Promise<ReferralView[]> {
  return apiRequest<ReferralView[]>('/referrals', { query: { placementId: filter.placementId, learnerId: filter.learnerId } });
}

export function getReferral(id: string): Promise<ReferralView> {
  return apiRequest<ReferralView>(path(id));
}

/** Employer, coach or admin: the anonymised profile of the proposed learner. The read is logged. */
export function getReferralProfile(id: string): Promise<AnonymisedProfile> {
  return apiRequest<AnonymisedProfile>(`${path(id)}/profile`);
}

export function actOnReferral(id: string, body: ReferralActionBody): Promise<ReferralView> {
  return apiRequest<ReferralView>(`${path(id)}/actions`, { method: 'POST', body });
}

/** Coach or admin: ended 90 days ago or more, outcome not recorded yet. */
export function listOutcomesDue(): Promise<OutcomeDue[]> {
  return apiRequest<OutcomeDue[]>('/referrals/outcomes-due');
}

/** The actions `role` may take on a referral in `state` now (the same table the API checks). */
export function availableActions(state: ReferralState, role: Role): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((action) => transition(state, action, role).ok);
}

/** Whole days since `iso` (0 on the same day). */
export function daysSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}
