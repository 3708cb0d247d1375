import { PLACEMENT_KINDS, SFI_COURSES, type PlacementKind, type SfiCourse } from '@jobbrygga/domain';
import { SEARCH_SORTS, type PlacementSearchParams, type SearchSort, type SfiLessons } from '../api/placements';
import type { Place } from '../api/reference';
import { oneOf } from './validation';

/**
 * The placement search as it stands in the address (/placements?q=kock&sfiCourse=B&…). Every value
 * is a string so a link can carry it; lists are comma-separated. `near` is a place id whose
 * coordinates become lat/lon; `n` is how many results were shown ("Visa fler").
 */
export const SEARCH_KEYS = [
  'q', 'kind', 'type', 'occupationField', 'sfiCourse', 'licences', 'hoursMin', 'hoursMax', 'startFrom', 'sfiLessons', 'near', 'radiusKm', 'sort', 'n',
] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type SearchState = Record<SearchKey, string>;

/** Keys that narrow the results (not the text, order or page size). */
export const FILTER_KEYS: readonly SearchKey[] = [
  'kind', 'type', 'occupationField', 'sfiCourse', 'licences', 'hoursMin', 'hoursMax', 'startFrom', 'sfiLessons', 'near', 'radiusKm',
];

export const PAGE_SIZE = 20;
export const HOURS_MIN = 1;
export const HOURS_MAX = 60;
export const RADIUS_CHOICES_KM = [5, 10, 20, 50] as const;
/** With a place but no radius: a circle that holds any municipality, so distances are shown. */
const RADIUS_ANY_KM = 300;
/** "I have no driving licence". */
export const NO_LICENCE = 'none';
/** What the search accepts as a licence label (the reference data's labels, e.g. "B" or "Utökad B"). */
const LICENCE_CLASS = /^[A-Za-z0-9ÅÄÖåäö ]{1,12}$/;

export function isSearchableLicence(label: string): boolean {
  return LICENCE_CLASS.test(label);
}

export function splitList(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

/** A whole number of hours a week (1–60), or undefined when the text is not one. */
export function parseHours(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const hours = Number(text);
  return hours >= HOURS_MIN && hours <= HOURS_MAX ? hours : undefined;
}

export type HoursProblem = 'notNumber' | 'minAboveMax';

/** What is wrong with the hours fields, for the messages under them. */
export function hoursProblems(state: Pick<SearchState, 'hoursMin' | 'hoursMax'>): { hoursMin?: HoursProblem; hoursMax?: HoursProblem } {
  const min = parseHours(state.hoursMin);
  const max = parseHours(state.hoursMax);
  return {
    hoursMin: state.hoursMin.trim() && min === undefined ? 'notNumber' : undefined,
    hoursMax: state.hoursMax.trim() && max === undefined ? 'notNumber' : min !== undefined && max !== undefined && max < min ? 'minAboveMax' : undefined,
  };
}

/** A real calendar day as YYYY-MM-DD (not 2027-02-30, which the API refuses). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** How many results to show: a multiple of the page size, at least one page. */
export function shownCount(state: Pick<SearchState, 'n'>): number {
  const n = Number(state.n);
  return Number.isInteger(n) && n > PAGE_SIZE ? Math.ceil(n / PAGE_SIZE) * PAGE_SIZE : PAGE_SIZE;
}

/**
 * The API parameters for the address state. Values the API would refuse (a made-up SFI course,
 * hours that are not a number) are left out, so an edited link still shows results.
 */
export function searchParamsOf(state: SearchState, places: readonly Place[]): Omit<PlacementSearchParams, 'limit' | 'offset'> {
  const place = state.near ? places.find((candidate) => candidate.id === state.near) : undefined;
  const centre = place && place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : undefined;
  const radius = Number(state.radiusKm);
  const hoursMin = parseHours(state.hoursMin);
  let hoursMax = parseHours(state.hoursMax);
  if (hoursMin !== undefined && hoursMax !== undefined && hoursMax < hoursMin) hoursMax = undefined;
  const licences = splitList(state.licences).filter((value) => value === NO_LICENCE || isSearchableLicence(value));
  let sort = oneOf<SearchSort>(SEARCH_SORTS, state.sort);
  if (sort === 'distance' && !centre) sort = undefined;
  return {
    q: state.q.trim() || undefined,
    kind: oneOf<PlacementKind>(PLACEMENT_KINDS, state.kind),
    type: splitList(state.type).filter((code) => /^[a-z][a-z0-9_]{1,40}$/.test(code)),
    occupationField: /^[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}$/.test(state.occupationField) ? state.occupationField : undefined,
    sfiCourse: oneOf<SfiCourse>(SFI_COURSES, state.sfiCourse),
    // "none" together with a class means nothing: the classes win.
    licences: licences.length > 1 ? licences.filter((value) => value !== NO_LICENCE) : licences,
    hoursMin,
    hoursMax,
    startFrom: isDate(state.startFrom) ? state.startFrom : undefined,
    sfiLessons: oneOf<SfiLessons>(['morning', 'afternoon'], state.sfiLessons),
    ...(centre && { ...centre, radiusKm: Number.isInteger(radius) && radius >= 1 && radius <= RADIUS_ANY_KM ? radius : RADIUS_ANY_KM }),
    sort,
  };
}

/** The same search without its page size: two addresses with the same key show the same results. */
export function searchKeyOf(state: SearchState): string {
  return JSON.stringify(SEARCH_KEYS.filter((key) => key !== 'n').map((key) => state[key]));
}

/** How many filters are chosen (shown on the phone's "Filter" button). */
export function activeFilterCount(state: SearchState): number {
  return FILTER_KEYS.filter((key) => key !== 'radiusKm' && state[key] !== '').length;
}
