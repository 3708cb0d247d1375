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

const DAY_MS = 86_400_000;
const MONTH_MS = 30.44 * DAY_MS;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function score(c: CandidateFacts, p: PlacementFacts, ctx: ScoreContext): Scored {
  return scorer(p, ctx)(c);
}

/**
 * The score function of one placement: what depends on the placement alone (its field, the skills
 * of its group, the weights, today) is worked out once, and what the learners' career goals share
 * with the placement's group is remembered per goal list, so scoring a short list of a thousand
 * candidates costs little more than reading them. `score(c, p, ctx)` is `scorer(p, ctx)(c)`.
 */
export function scorer(p: PlacementFacts, ctx: ScoreContext): (c: CandidateFacts) => Scored {
  const w = ctx.weights ?? DEFAULT_WEIGHTS;
  const max = (Object.keys(w) as ScorePart[]).reduce((sum, part) => sum + w[part], 0);
  const field = p.fieldId ?? (p.ssyk ? ctx.fieldOfGroup(p.ssyk) : null);
  const placementSkills = new Set(p.ssyk ? ctx.skillsOfGroup(p.ssyk) : []);
  const today = dayMs(ctx.today);
  const hasSkills = p.requiredSkills.length > 0 || p.niceSkills.length > 0;
  const skillDenominator = p.requiredSkills.length * 2 + p.niceSkills.length;
  // Per goal list (learners share a few hundred): its occupation part and reason.
  const goalParts = new Map<string, { part: number; reason: Reason | null }>();
  const goalPart = (c: CandidateFacts) => {
    const key = `${c.goalSsyk.join(',')}|${c.goalFields.join(',')}`;
    let known = goalParts.get(key);
    if (known) return known;
    known = { part: 0, reason: null };
    // The career plan's goal: same group > same field > related through shared skills.
    if (p.ssyk && c.goalSsyk.includes(p.ssyk)) known = { part: 1, reason: { code: 'goalSameOccupation' } };
    else if (field && (c.goalFields.includes(field) || c.goalSsyk.some((g) => ctx.fieldOfGroup(g) === field))) {
      known = { part: 0.6, reason: { code: 'goalSameField' } };
    } else if (p.ssyk && c.goalSsyk.length) {
      const shared = new Set(c.goalSsyk.flatMap((g) => ctx.skillsOfGroup(g)).filter((s) => placementSkills.has(s))).size;
      if (shared >= 3) known = { part: 0.3, reason: { code: 'goalRelatedSkills', shared } };
    }
    goalParts.set(key, known);
    return known;
  };

  return (c) => {
    const parts: Record<ScorePart, number> = { occupation: 0, experience: 0, skills: 0, languages: 0, distance: 0, waiting: 0, priority: 0 };
    const reasons: Reason[] = [];

    const goal = goalPart(c);
    parts.occupation = goal.part;
    if (goal.reason) reasons.push(goal.reason);
    if (p.ssyk && c.experienceSsyk.includes(p.ssyk)) {
      parts.experience = 1;
      reasons.push({ code: 'experienceSameOccupation' });
    }

    const required = p.requiredSkills.filter((s) => c.skills.includes(s)).length;
    const nice = p.niceSkills.filter((s) => c.skills.includes(s)).length;
    parts.skills = hasSkills ? (required * 2 + nice) / skillDenominator : 0;
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
      const waited = Math.max(0, Math.floor((today - dayMs(c.waitingSince)) / MONTH_MS));
      parts.waiting = Math.min(1, waited / 24);
      if (waited >= 6) reasons.push({ code: 'waited', months: waited });
    }
    if (c.shortSchooling) {
      parts.priority = 1;
      reasons.push({ code: 'shortSchooling' });
    }

    let total = 0;
    for (const part of SCORE_PARTS) total += parts[part] * w[part];
    return { score: max > 0 ? Math.round((total / max) * 100) : 0, parts, reasons };
  };
}
