/**
 * The referral pipeline as data: states, and which role may move a referral from one state to the
 * next. The API checks every transition against this table (no skipping, right role) and writes
 * each one to the case history.
 */
import type { Role } from '@jobbrygga/domain';

export const REFERRAL_STATES = [
  'proposed', 'learner_declined', 'learner_accepted', 'employer_declined', 'employer_accepted', 'interview_booked',
  'agreement_proposed', 'agreed', 'started', 'ended', 'assessed', 'closed', 'withdrawn',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_ACTIONS = [
  'learner_accept', 'learner_decline', 'employer_accept', 'employer_decline', 'book_interview', 'propose_agreement', 'confirm_agreement',
  'start', 'end', 'assess', 'record_outcome', 'withdraw',
] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

interface Transition {
  from: readonly ReferralState[];
  to: ReferralState;
  roles: readonly Role[];
}

/** Who may do what, from which states. */
export const REFERRAL_TRANSITIONS: Record<ReferralAction, Transition> = {
  learner_accept: { from: ['proposed'], to: 'learner_accepted', roles: ['newcomer'] },
  learner_decline: { from: ['proposed'], to: 'learner_declined', roles: ['newcomer'] },
  employer_accept: { from: ['learner_accepted'], to: 'employer_accepted', roles: ['employer'] },
  employer_decline: { from: ['learner_accepted'], to: 'employer_declined', roles: ['employer'] },
  book_interview: { from: ['employer_accepted', 'interview_booked'], to: 'interview_booked', roles: ['employer', 'coach', 'admin'] },
  propose_agreement: { from: ['interview_booked', 'agreement_proposed'], to: 'agreement_proposed', roles: ['coach', 'admin'] },
  // Confirmations collect; the third one makes it 'agreed' (the API decides which).
  confirm_agreement: { from: ['agreement_proposed'], to: 'agreement_proposed', roles: ['employer', 'newcomer', 'coach', 'admin'] },
  start: { from: ['agreed'], to: 'started', roles: ['coach', 'admin'] },
  end: { from: ['started'], to: 'ended', roles: ['coach', 'admin', 'employer'] },
  assess: { from: ['ended'], to: 'assessed', roles: ['employer'] },
  record_outcome: { from: ['ended', 'assessed'], to: 'closed', roles: ['coach', 'admin'] },
  withdraw: { from: ['proposed', 'learner_accepted', 'employer_accepted', 'interview_booked', 'agreement_proposed'], to: 'withdrawn', roles: ['coach', 'admin'] },
};

/** States in which the learner is still "in play" for this placement (they count against seats once agreed). */
export const ACTIVE_STATES: readonly ReferralState[] = ['proposed', 'learner_accepted', 'employer_accepted', 'interview_booked', 'agreement_proposed', 'agreed', 'started'];
/** States that hold a seat of the placement. */
export const SEAT_STATES: readonly ReferralState[] = ['agreed', 'started'];
/** From these on, the employer knows the learner's name and contact. */
export const REVEALED_STATES: readonly ReferralState[] = ['employer_accepted', 'interview_booked', 'agreement_proposed', 'agreed', 'started', 'ended', 'assessed', 'closed'];

export type TransitionProblem = 'wrongState' | 'wrongRole';

/** Whether `role` may do `action` on a referral in `state`; the new state when it may. */
export function transition(state: ReferralState, action: ReferralAction, role: Role): { ok: true; to: ReferralState } | { ok: false; problem: TransitionProblem } {
  const rule = REFERRAL_TRANSITIONS[action];
  if (!rule.roles.includes(role)) return { ok: false, problem: 'wrongRole' };
  if (!rule.from.includes(state)) return { ok: false, problem: 'wrongState' };
  return { ok: true, to: rule.to };
}
