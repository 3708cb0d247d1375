/**
 * The referral API's answers, shared by the API (which builds them) and the web app (which reads
 * them), so the two cannot drift apart.
 */
import type { ReferralAction, ReferralState } from './referral';

/** One step in a referral's case history. */
export interface ReferralHistoryEntry {
  action: ReferralAction | 'propose';
  fromState: ReferralState | null;
  toState: ReferralState;
  /** The role of whoever did it, or `system` (e.g. withdrawn when consent was withdrawn). */
  actorRole: string;
  at: string;
  note: string | null;
}

/** A learner proposed to a placement, and where the case stands. */
export interface ReferralView {
  id: string;
  state: ReferralState;
  placement: { id: string; title: string; employerName: string };
  /** An employer sees no name until they accepted the learner for an interview. */
  learner: { id: string; displayName: string | null };
  score: number | null;
  reason: string | null;
  /** The booked interview. */
  interview: { at: string; place: string; interpreterNeeded: boolean } | null;
  /** The proposed agreement and who has confirmed it so far (timestamps). */
  agreement: {
    startDate: string; endDate: string | null; hoursPerWeek: number; tasks: string; insuranceNote: string | null;
    confirmedBy: { employer: string | null; learner: string | null; coach: string | null };
  } | null;
  startedOn: string | null;
  endedOn: string | null;
  endKind: 'completed' | 'aborted' | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
  history: ReferralHistoryEntry[];
}

/** What an employer sees of a proposed learner: competence only; no name, contact, gender, age or photo until they accept. */
export interface AnonymisedProfile {
  referralId: string;
  state: ReferralState;
  /** Only once the employer has accepted the learner for an interview. */
  name: string | null;
  email: string | null;
  phone: string | null;
  sfiCourse: string | null;
  languages: { label: string; level: string }[];
  education: { level: string | null; field: string | null; years: number | null }[];
  experience: { occupation: string | null; years: number | null }[];
  skills: string[];
  licences: string[];
  availableFrom: string | null;
  hoursPerWeek: number | null;
  sfiLessonTime: string | null;
}
