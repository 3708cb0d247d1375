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
  /** The learner marked the placement as interesting. */
  interested: boolean;
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
  /** The learner marked it as interesting. */
  interested: boolean;
  reasons: MatchReason[];
}

export type CandidatePage = Page<Candidate>;
export type MatchPage = Page<PlacementMatch>;

/** What a coach narrows the candidates to ('' = no narrowing). */
export interface CandidateFilters {
  /** same: goal or experience is the placement's occupation; near: that, or a goal in the same field or related through skills. */
  goal: '' | 'same' | 'near';
  /** At least this SFI course. */
  sfiCourse: '' | SfiCourse;
  /** Only learners who marked the placement as interesting. */
  interested: boolean;
}

/** What a learner's matches are narrowed to ('' = no narrowing). */
export interface MatchFilters {
  kind: '' | PlacementKind;
  /** Only placements the learner marked as interesting. */
  interested: boolean;
}

/** Staff: the learners who fit a placement, best first. */
export function listCandidates(placementId: string, limit: number, offset: number, filters?: CandidateFilters): Promise<CandidatePage> {
  const query = { limit, offset, goal: filters?.goal || undefined, sfiCourse: filters?.sfiCourse || undefined, interested: filters?.interested ? 'true' : undefined };
  return apiRequest<CandidatePage>(`/placements/${encodeURIComponent(placementId)}/candidates`, { query });
}

/** Staff, or the newcomer for their own id: placements and job tracks that fit, best first. The read is logged. */
export function listMatches(learnerId: string, limit: number, offset: number, filters?: MatchFilters): Promise<MatchPage> {
  const query = { limit, offset, kind: filters?.kind || undefined, interested: filters?.interested ? 'true' : undefined };
  return apiRequest<MatchPage>(`/learners/${encodeURIComponent(learnerId)}/matches`, { query });
}
