/**
 * The score of a candidate who meets every hard constraint, with the reasons that explain it.
 * Weights are data (each municipality may set its own). Never reads gender or age: the facts
 * have neither.
 */
import { distanceKm, type CandidateFacts, type PlacementFacts } from './constraints';

export const SCORE_PARTS = ['occupation', 'experience', 'skills', 'languages', 'distance', 'waiting', 'priority'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];
export type Weights = Record<ScorePart, number>;

/** Default weights (points out of 100 at most); a municipality can store its own. */
export const DEFAULT_WEIGHTS: Weights = { occupation: 30, experience: 15, skills: 20, languages: 5, distance: 10, waiting: 10, priority: 10 };

/** One reason, as a code and values; the API puts it into the caller's language. */
export type Reason =
  | { code: 'goalSameOccupation' }
  | { code: 'goalSameField' }
  | { code: 'goalRelatedSkills'; shared: number }
  | { code: 'experienceSameOccupation' }
  | { code: 'requiredSkills'; has: number; of: number }
  | { code: 'niceSkills'; has: number; of: number }
  | { code: 'languages'; count: number }
  | { code: 'distance'; km: number; minutes: number; mode: 'car' | 'public_transport' | 'bicycle' | 'walk'; estimate: boolean }
  | { code: 'waited'; months: number }
  | { code: 'shortSchooling' };

export interface Scored {
  score: number;
  parts: Record<ScorePart, number>;
  reasons: Reason[];
}

/** What the scorer needs to know beyond the two sets of facts. */
export interface ScoreContext {
  today: string;
  /** Skills the taxonomy relates to an SSYK group (for "related via skills"). */
  skillsOfGroup: (ssyk: string) => readonly string[];
  /** The occupation field of an SSYK group. */
  fieldOfGroup: (ssyk: string) => string | null;
  weights?: Weights;
}

const ROAD_FACTOR = 1.3;
const KMH: Record<'car' | 'public_transport' | 'bicycle' | 'walk', number> = { car: 50, public_transport: 25, bicycle: 15, walk: 5 };

function months(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (30.44 * 86_400_000)));
}

export function score(c: CandidateFacts, p: PlacementFacts, ctx: ScoreContext): Scored {
  const w = ctx.weights ?? DEFAULT_WEIGHTS;
  const parts: Record<ScorePart, number> = { occupation: 0, experience: 0, skills: 0, languages: 0, distance: 0, waiting: 0, priority: 0 };
  const reasons: Reason[] = [];

  // The career plan's goal: same group > same field > related through shared skills.
  if (p.ssyk && c.goalSsyk.includes(p.ssyk)) {
    parts.occupation = 1;
    reasons.push({ code: 'goalSameOccupation' });
  } else {
    const field = p.fieldId ?? (p.ssyk ? ctx.fieldOfGroup(p.ssyk) : null);
    const goalFields = new Set([...c.goalFields, ...c.goalSsyk.map((g) => ctx.fieldOfGroup(g)).filter((f): f is string => !!f)]);
    if (field && goalFields.has(field)) {
      parts.occupation = 0.6;
      reasons.push({ code: 'goalSameField' });
    } else if (p.ssyk && c.goalSsyk.length) {
      const placementSkills = new Set(ctx.skillsOfGroup(p.ssyk));
      const shared = new Set(c.goalSsyk.flatMap((g) => ctx.skillsOfGroup(g)).filter((s) => placementSkills.has(s))).size;
      if (shared >= 3) {
        parts.occupation = 0.3;
        reasons.push({ code: 'goalRelatedSkills', shared });
      }
    }
  }
  if (p.ssyk && c.experienceSsyk.includes(p.ssyk)) {
    parts.experience = 1;
    reasons.push({ code: 'experienceSameOccupation' });
  }

  const required = p.requiredSkills.filter((s) => c.skills.includes(s)).length;
  const nice = p.niceSkills.filter((s) => c.skills.includes(s)).length;
  const skillShare = p.requiredSkills.length || p.niceSkills.length
    ? (required * 2 + nice) / (p.requiredSkills.length * 2 + p.niceSkills.length)
    : 0;
  parts.skills = skillShare;
  if (p.requiredSkills.length) reasons.push({ code: 'requiredSkills', has: required, of: p.requiredSkills.length });
  if (nice) reasons.push({ code: 'niceSkills', has: nice, of: p.niceSkills.length });

  const sharedLanguages = p.languages.filter((l) => c.languages.includes(l)).length;
  if (sharedLanguages) {
    parts.languages = Math.min(1, sharedLanguages);
    reasons.push({ code: 'languages', count: sharedLanguages });
  }

  if (p.site && c.home) {
    const km = distanceKm(c.home, p.site);
    parts.distance = Math.max(0, 1 - km / Math.max(1, c.travelBandKm));
    const mode = c.travelModes.includes('car') ? 'car' : (c.travelModes[0] ?? 'public_transport');
    reasons.push({
      code: 'distance',
      km: Math.round(km * ROAD_FACTOR),
      minutes: Math.max(1, Math.round(((km * ROAD_FACTOR) / KMH[mode]) * 60)),
      mode,
      // No timetables here: public transport times are an estimate.
      estimate: mode === 'public_transport',
    });
  }

  if (c.waitingSince) {
    const waited = months(c.waitingSince, ctx.today);
    parts.waiting = Math.min(1, waited / 24);
    if (waited >= 6) reasons.push({ code: 'waited', months: waited });
  }
  if (c.shortSchooling) {
    parts.priority = 1;
    reasons.push({ code: 'shortSchooling' });
  }

  const total = (Object.keys(parts) as ScorePart[]).reduce((sum, part) => sum + parts[part] * w[part], 0);
  const max = (Object.keys(w) as ScorePart[]).reduce((sum, part) => sum + w[part], 0);
  return { score: max > 0 ? Math.round((total / max) * 100) : 0, parts, reasons };
}
