import { LIST_LIMIT_MAX, type Locale, type Page } from '@jobbrygga/domain';
import { apiRequest } from './client';

/*
 * Public reference look-ups (JobTech taxonomy, places, driving licences). The API defines these
 * shapes in apps/api/src/reference/dto; they are not in libs/domain yet, so they are written out here.
 */

/** A town or village; `id` is "kommunkod-slug", e.g. "0188-rimbo". */
export interface Place {
  id: string;
  label: string;
  municipalityCode: string;
  /** WGS84; null when unknown. */
  lat: number | null;
  lon: number | null;
}

export interface Municipality {
  code: string;
  name: string;
  shortName: string;
  lat: number | null;
  lon: number | null;
}

export interface OccupationField {
  conceptId: string;
  labelSv: string;
}

/** A skill or a language: a concept id with its Swedish label (the taxonomy has no other languages). */
export interface Concept {
  conceptId: string;
  labelSv: string;
}

export interface DrivingLicence {
  conceptId: string;
  /** "B", "CE", … */
  label: string;
  descriptionSv: string;
}

interface ItemList<T> {
  items: T[];
}

/** Public endpoints: no token, and no refresh on 401. */
const PUBLIC = { auth: false } as const;

/** Every page of a paged look-up, fetched with the largest page the API allows. */
async function fetchAll<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await apiRequest<Page<T>>(path, { ...PUBLIC, query: { ...query, limit: LIST_LIMIT_MAX, offset: all.length } });
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.total) return all;
  }
}

/** Reference data does not change while the app runs: each list is fetched once per page load. */
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    // A failed request may be tried again later.
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

export function listPlaces(municipalityCode: string): Promise<Place[]> {
  return once(`places:${municipalityCode}`, () => fetchAll<Place>('/reference/places', { municipality: municipalityCode }));
}

export function getMunicipality(code: string): Promise<Municipality> {
  return once(`municipality:${code}`, () => apiRequest<Municipality>(`/reference/municipalities/${encodeURIComponent(code)}`, PUBLIC));
}

export function listOccupationFields(): Promise<OccupationField[]> {
  return once('occupation-fields', async () => (await apiRequest<ItemList<OccupationField>>('/reference/occupation-fields', PUBLIC)).items);
}

export function listDrivingLicences(): Promise<DrivingLicence[]> {
  return once('driving-licences', async () => (await apiRequest<ItemList<DrivingLicence>>('/reference/driving-licences', PUBLIC)).items);
}

/** All languages (a few hundred). */
export function listLanguages(): Promise<Concept[]> {
  return once('languages', () => fetchAll<Concept>('/reference/languages'));
}

/** The skills the taxonomy relates to one SSYK group. */
export function listSkillsOfGroup(ssyk: string): Promise<Concept[]> {
  return once(`skills:${ssyk}`, () => fetchAll<Concept>('/reference/skills', { ssyk }));
}

/** An occupation name (sets occupationNameId and ssykCode) or a whole SSYK group. */
export interface OccupationHit {
  id: string;
  kind: 'occupation-name' | 'ssyk-group';
  ssykCode: string;
  nameSv: string;
  namesEn?: string[] | string | null;
}

/** Every municipality of Sweden (290); only some are served by Jobbrygga, the API says which. */
export function listMunicipalities(): Promise<Municipality[]> {
  return once('municipalities', () => fetchAll<Municipality>('/reference/municipalities'));
}

/** Typo-tolerant occupation search. */
export async function searchOccupations(q: string, lang?: Locale): Promise<OccupationHit[]> {
  // Job titles from the taxonomy, and the SSYK groups the cross-language ranker finds for what was
  // typed (plurals, compounds, English or Arabic words): its best groups first, then the titles.
  const [names, groups] = await Promise.all([
    apiRequest<ItemList<OccupationHit>>('/reference/occupations/search', { ...PUBLIC, query: { q } }),
    apiRequest<{ hits: { ssyk: string; nameSv: string; nameEn: string }[] }>('/reference/occupations', { ...PUBLIC, query: { q, lang, limit: 3 } }).catch(() => ({ hits: [] })),
  ]);
  const ranked: OccupationHit[] = groups.hits.map((hit) => ({ id: `ssyk-${hit.ssyk}`, kind: 'ssyk-group', ssykCode: hit.ssyk, nameSv: hit.nameSv, namesEn: hit.nameEn }));
  const seen = new Set(ranked.map((hit) => hit.ssykCode));
  return [...ranked, ...names.items.filter((hit) => hit.kind !== 'ssyk-group' || !seen.has(hit.ssykCode))];
}
