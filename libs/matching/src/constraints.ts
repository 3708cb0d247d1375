/**
 * Hard constraints of matching: a learner who breaks one is never proposed. Each constraint exists
 * twice, as a pure check here (used by the API to verify a proposal and by the property test) and
 * as a Meilisearch filter built from the same facts (`candidateFilter`), so totals and pages are right.
 * Nothing here reads gender or age.
 */
import { sfiRank, type SfiCourse, type SfiLessonTime, type TravelMode, type Weekday } from '@jobbrygga/domain';

export const HALF_DAYS = ['am', 'pm'] as const;
/** A half day of the working week, e.g. `mon-am`. */
export type Slot = `${Weekday}-${(typeof HALF_DAYS)[number]}`;
const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The half days the learner's SFI lessons take (evening and distance lessons take none of the day). */
export function sfiSlots(time: SfiLessonTime | null): Slot[] {
  if (time === 'morning') return WORKDAYS.map((day) => `${day}-am` as Slot);
  if (time === 'afternoon') return WORKDAYS.map((day) => `${day}-pm` as Slot);
  return [];
}

/** The half days a placement takes: its days, minus mornings or afternoons it leaves free for SFI. */
export function placementSlots(days: readonly Weekday[], fitsSfiMorning: boolean, fitsSfiAfternoon: boolean): Slot[] {
  const slots: Slot[] = [];
  for (const day of days) {
    if (!fitsSfiMorning) slots.push(`${day}-am`);
    if (!fitsSfiAfternoon) slots.push(`${day}-pm`);
  }
  return slots;
}

/**
 * Straight-line kilometres per minute of travel, with the detour already taken off (roads are about
 * 1.3 × the straight line). Public transport is an estimate: there is no timetable data here.
 */
export const KM_PER_MINUTE: Record<TravelMode, number> = { car: 0.6, public_transport: 0.3, bicycle: 0.2, walk: 0.06 };
/** The travel limits the index stores as bands (km, straight line), so a filter can say "within the learner's limit". */
export const TRAVEL_BANDS_KM = [1, 2, 5, 10, 15, 20, 30, 40, 60, 80] as const;
/** A learner who has not said how far they can travel: 45 minutes by public transport. */
export const DEFAULT_TRAVEL = { minutes: 45, modes: ['public_transport'] as TravelMode[] };

/** How far (straight line) the learner can travel: their fastest mode within their minutes, rounded down to a band. */
export function travelBandKm(minutes: number | null, modes: readonly TravelMode[]): number {
  const usable = modes.length ? modes : DEFAULT_TRAVEL.modes;
  const km = (minutes ?? DEFAULT_TRAVEL.minutes) * Math.max(...usable.map((mode) => KM_PER_MINUTE[mode]));
  let band: number = TRAVEL_BANDS_KM[0];
  for (const b of TRAVEL_BANDS_KM) if (b <= km) band = b;
  return band;
}

export interface Point {
  lat: number;
  lon: number;
}

/** A reference place (ref_place): placements' sites and learners' homes are places. */
export interface Place extends Point {
  id: string;
}

/**
 * The places a learner can reach: those within their travel band of home, by the same distance
 * rule as brokenConstraints. The candidate index stores them, so a placement's filter is one
 * equality on its site's place instead of a geo radius per band.
 */
export function reachablePlaces(home: Point | null, bandKm: number, places: readonly Place[]): string[] {
  if (!home) return [];
  return places.filter((p) => distanceKm(home, p) <= bandKm).map((p) => p.id).sort();
}

/** Great-circle distance in km. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What matching knows about a learner: no name, contact, gender or age. */
export interface CandidateFacts {
  learnerId: string;
  tenantCode: string;
  sfiCourse: SfiCourse | null;
  licences: readonly string[];
  /** YYYY-MM-DD; null = available now. */
  availableFrom: string | null;
  /** null = not said (no limit checked). */
  hoursPerWeek: number | null;
  busySlots: readonly Slot[];
  home: Point | null;
  travelBandKm: number;
  travelModes: readonly TravelMode[];
  inEstablishment: boolean;
  goalSsyk: readonly string[];
  goalFields: readonly string[];
  experienceSsyk: readonly string[];
  skills: readonly string[];
  languages: readonly string[];
  /** Primary schooling or less: a priority group of the municipal strategies. */
  shortSchooling: boolean;
  /** When the learner's establishment started (or the profile was made): how long they have waited. */
  waitingSince: string | null;
}

/** What matching knows about a placement. */
export interface PlacementFacts {
  placementId: string;
  tenantCode: string;
  minSfiCourse: SfiCourse | null;
  licences: readonly string[];
  startDate: string;
  hoursPerWeek: number;
  slots: readonly Slot[];
  /** The site's place; with its id the filter reads the learners' reachable places (see reachablePlaces). */
  site: (Point & { placeId?: string | null }) | null;
  ssyk: string | null;
  fieldId: string | null;
  requiredSkills: readonly string[];
  niceSkills: readonly string[];
  /** Languages that help (the placement's and its supervisor's). */
  languages: readonly string[];
  requiresEstablishment: boolean;
}

export const CONSTRAINTS = ['municipality', 'sfi', 'licence', 'availableFrom', 'hours', 'sfiLessons', 'travel', 'establishment'] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

/** Which hard constraints the learner breaks for this placement (empty: may be proposed). */
export function brokenConstraints(c: CandidateFacts, p: PlacementFacts): Constraint[] {
  const broken: Constraint[] = [];
  if (c.tenantCode !== p.tenantCode) broken.push('municipality');
  if (sfiRank(c.sfiCourse) < sfiRank(p.minSfiCourse)) broken.push('sfi');
  if (!p.licences.every((licence) => c.licences.includes(licence))) broken.push('licence');
  if (c.availableFrom !== null && c.availableFrom > p.startDate) broken.push('availableFrom');
  if (c.hoursPerWeek !== null && c.hoursPerWeek < p.hoursPerWeek) broken.push('hours');
  if (c.busySlots.some((slot) => p.slots.includes(slot))) broken.push('sfiLessons');
  if (p.site && (!c.home || distanceKm(c.home, p.site) > c.travelBandKm)) broken.push('travel');
  if (p.requiresEstablishment && !c.inEstablishment) broken.push('establishment');
  return broken;
}

/** A string as a Meilisearch filter literal (quotes and backslashes escaped). */
export const filterLiteral = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** Days since 1970 of an ISO date: the index stores dates as day numbers. */
export const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * The same constraints as a Meilisearch filter over the candidate index (see the index's
 * filterable attributes: tenantCode, sfiRank, licences, availableFromDay, hoursPerWeek,
 * busySlots, travelKm, _geo, reachablePlaces, inEstablishment).
 */
export function candidateFilter(p: PlacementFacts): string[] {
  const filter = [`tenantCode = ${filterLiteral(p.tenantCode)}`, `sfiRank >= ${sfiRank(p.minSfiCourse)}`, `availableFromDay <= ${dayNumber(p.startDate)}`, `hoursPerWeek >= ${p.hoursPerWeek}`];
  for (const licence of p.licences) filter.push(`licences = ${filterLiteral(licence)}`);
  if (p.slots.length) filter.push(`NOT busySlots IN [${p.slots.map(filterLiteral).join(', ')}]`);
  if (p.requiresEstablishment) filter.push('inEstablishment = true');
  if (p.site?.placeId) filter.push(`reachablePlaces = ${filterLiteral(p.site.placeId)}`);
  else if (p.site) {
    const bands = TRAVEL_BANDS_KM.map((km) => `(travelKm = ${km} AND _geoRadius(${p.site!.lat}, ${p.site!.lon}, ${km * 1000}))`);
    filter.push(`(${bands.join(' OR ')})`);
  }
  return filter;
}

/** The most candidates scored per request: Meilisearch filters and counts every match, the API scores this short list. */
export const SHORT_LIST = 1000;

/**
 * What scoring and the answer read of a candidate document. The rest (reachable places, day
 * numbers, ranks) serves the filter and the order only and is left in the index: a short list of a
 * thousand is then about a third smaller to send and to parse.
 */
export const CANDIDATE_FIELDS = [
  'id', 'tenantCode', 'sfiCourse', 'licences', 'availableFrom', 'hoursPerWeek', 'hoursKnown', 'busySlots', '_geo', 'travelKm', 'travelModes',
  'inEstablishment', 'goalSsyk', 'goalFields', 'experienceSsyk', 'skills', 'languages', 'shortSchooling', 'waitingSince',
];

/**
 * A learner's place in the queue, the same for every placement (ascending): short schooling first
 * (a priority group), then whoever has waited longest, then those with no start date known. The
 * order within each tier of the short list, so what the score rewards regardless of the placement
 * comes first when a tier has more learners than it can take.
 */
export function queueRank(shortSchooling: boolean, waitingSince: string | null): number {
  return (shortSchooling ? 0 : 100_000) + (waitingSince ? dayNumber(waitingSince) : 99_999);
}

/** What is near a placement's group: its occupation field, and the groups near it (see nearGroups). */
export interface Near {
  field: string | null;
  groups: readonly string[];
}

/**
 * The SSYK groups near a placement's group, for the second tier of the short list: those in the
 * same occupation field (a career goal there scores "same field") and those sharing at least
 * three related skills with it (a goal there may score "related through skills"). Without the
 * group itself; with the field, since a career plan may name a field without a group.
 */
export function nearGroups(ssyk: string, groups: Iterable<string>, skillsOfGroup: (ssyk: string) => readonly string[], fieldOfGroup: (ssyk: string) => string | null): Near {
  const field = fieldOfGroup(ssyk);
  const skills = new Set(skillsOfGroup(ssyk));
  const near: string[] = [];
  for (const group of groups) {
    if (group === ssyk) continue;
    if ((field && fieldOfGroup(group) === field) || skillsOfGroup(group).filter((s) => skills.has(s)).length >= 3) near.push(group);
  }
  return { field, groups: near.sort() };
}

/** One search of the short list: Meilisearch's search parameters (without the index and `q`). */
export interface CandidateSearch {
  filter: string[];
  hitsPerPage: number;
  page: number;
  sort: string[];
  attributesToRetrieve: string[];
}

/**
 * What a coach narrows the candidates to: `goal` keeps the tiers of learners whose goal (or
 * experience) is the placement's occupation (`same`) or that or a near one (`near`); `filter` adds
 * Meilisearch conditions to every tier (e.g. a higher SFI course), so totals stay exact.
 */
export interface CandidateNarrowing {
  goal?: 'same' | 'near';
  filter?: readonly string[];
}

/** How the short list is shared between its tiers: same occupation, near occupations, everyone else (sums to SHORT_LIST). */
export const TIER_SIZES = [400, 300, 300] as const;

/**
 * The searches the API sends for a placement's candidates, in one multi-search (and the benchmark
 * sends straight to Meilisearch): every hard constraint in each filter, learners busy elsewhere at
 * the time left out, `page`/`hitsPerPage` so Meilisearch counts every match exactly (totalHits).
 *
 * Meilisearch cannot sort by a score that depends on the placement, so the short list is drawn in
 * tiers that follow the score's largest parts: learners whose career goal or experience is the
 * placement's occupation; then those whose goal is a near occupation (same field, or related
 * through skills); then everyone else. The tiers do not overlap, so their totals add up to the
 * number of learners who meet every constraint. Within a tier, the queue order (queueRank). The
 * API scores every learner drawn; the tiers only decide who is drawn when there are more than
 * SHORT_LIST. Without an occupation on the placement, one tier.
 */
export function candidateSearches(p: PlacementFacts, busy: readonly string[], near: Near, narrow: CandidateNarrowing = {}): CandidateSearch[] {
  const filter = [...candidateFilter(p), ...(narrow.filter ?? [])];
  if (busy.length) filter.push(`NOT id IN [${busy.map(filterLiteral).join(', ')}]`);
  const search = (extra: string[], hitsPerPage: number): CandidateSearch => ({
    filter: [...filter, ...extra],
    hitsPerPage,
    page: 1,
    sort: ['queueRank:asc'],
    attributesToRetrieve: CANDIDATE_FIELDS,
  });
  // A goal asked for: only the tiers it names (no occupation on the placement: no one's goal is it).
  if (!p.ssyk) return narrow.goal ? [] : [search([], SHORT_LIST)];
  const same = `(goalSsyk = ${filterLiteral(p.ssyk)} OR experienceSsyk = ${filterLiteral(p.ssyk)})`;
  if (narrow.goal === 'same') return [search([same], SHORT_LIST)];
  const nearParts = [
    ...(near.groups.length ? [`goalSsyk IN [${near.groups.map(filterLiteral).join(', ')}]`] : []),
    ...(near.field ? [`goalFields = ${filterLiteral(near.field)}`] : []),
  ];
  if (nearParts.length === 0) return narrow.goal === 'near' ? [search([same], SHORT_LIST)] : [search([same], TIER_SIZES[0]), search([`NOT ${same}`], TIER_SIZES[1] + TIER_SIZES[2])];
  const nearGoal = `(${nearParts.join(' OR ')})`;
  if (narrow.goal === 'near') return [search([same], TIER_SIZES[0] + TIER_SIZES[2]), search([`NOT ${same}`, nearGoal], TIER_SIZES[1])];
  return [search([same], TIER_SIZES[0]), search([`NOT ${same}`, nearGoal], TIER_SIZES[1]), search([`NOT ${same}`, `NOT ${nearGoal}`], TIER_SIZES[2])];
}
