import type { Page, PlacementKind, SfiCourse } from '@jobbrygga/domain';
import { apiRequest } from './client';

/** Why a score is what it is, already in the caller's language (the API reads Accept-Language). */
export interface MatchReason {
  /** Stable code, e.g. `occupation`, `skills`, `distance`. */
  code: string;
  text: string;
}

/** A learner who meets every hard constraint of a placement. Never gender, age or contact. */
export interface Candidate {
  learnerId: string;
  displayName: string;
  /** 0–100, higher fits better. */
  score: number;
  sfiCourse: SfiCourse | null;
  reasons: MatchReason[];
}

/** A placement or job track that fits a learner. */
export interface PlacementMatch {
  placementId: string;
  kind: PlacementKind;
  /** In the caller's language when the employer translated it, otherwise Swedish. */
  title: string;
  /** Type code. */
  type: string;
  employerName: string;
  place: string | null;
  startDate: string;
  /** 0–100, higher fits better. */
  score: number;
  reasons: MatchReason[];
}

export type CandidatePage = Page<Candidate>;
export type MatchPage = Page<PlacementMatch>;

/** Staff: the learners who fit a placement, best first. */
export function listCandidates(placementId: string, limit: number, offset: number): Promise<CandidatePage> {
  return apiRequest<CandidatePage>(`/placements/${encodeURIComponent(placementId)}/candidates`, { query: { limit, offset } });
}

/** Staff, or the newcomer for their own id: placements and job tracks that fit, best first. The read is logged. */
export function listMatches(learnerId: string, limit: number, offset: number): Promise<MatchPage> {
  return apiRequest<MatchPage>(`/learners/${encodeURIComponent(learnerId)}/matches`, { query: { limit, offset } });
}
