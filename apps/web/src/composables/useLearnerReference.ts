import { shallowRef } from 'vue';
import { DEFAULT_STALLED_WEEKS, LIST_LIMIT_MAX, type Locale, type Page } from '@jobbrygga/domain';
import { ApiError, apiRequest } from '../api/client';
import { listLanguages, listOccupationFields, searchOccupations, type Concept, type OccupationField } from '../api/reference';
import { fetchTenant } from '../api/tenant';

/*
 * Reference look-ups the learner pages need beyond api/reference.ts: SUN 2020 levels and fields,
 * a skill search, and the occupation search that answers in the coach's language.
 */

/** A SUN 2020 education level or field (a tree by parentCode). */
export interface SunConcept {
  code: string;
  conceptId: string;
  level: number;
  labelSv: string;
  parentCode: string | null;
}

/** An occupation to choose: an SSYK group, and the job title when the search found one. */
export interface OccupationChoice {
  ssyk: string;
  /** The label that matched, in the language typed when the API knows it. */
  label: string;
  /** The group's Swedish name (what the profile and the plan show). */
  nameSv: string;
  occupationNameId: string | null;
}

/** Common countries of origin of newcomers to Sweden (ISO 3166-1 alpha-2); others are typed. */
export const COMMON_COUNTRIES = ['SY', 'AF', 'ER', 'SO', 'UA', 'IQ', 'IR', 'TR', 'ET', 'PS', 'LB', 'SD', 'YE', 'TH', 'PL', 'SE'] as const;

const PUBLIC = { auth: false } as const;
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

export function listSunLevels(): Promise<SunConcept[]> {
  return once('sun-levels', async () => (await apiRequest<{ items: SunConcept[] }>('/reference/education-levels', PUBLIC)).items);
}
export function listSunFields(): Promise<SunConcept[]> {
  return once('sun-fields', async () => (await apiRequest<{ items: SunConcept[] }>('/reference/education-fields', PUBLIC)).items);
}

/** Skills whose Swedish label contains `q` (best matches first). */
export async function searchSkills(q: string): Promise<Concept[]> {
  const page = await apiRequest<Page<Concept>>('/reference/skills', { ...PUBLIC, query: { q, limit: 20, offset: 0 } });
  return page.items;
}

/** All skills related to one SSYK group. */
export function skillsOfGroup(ssyk: string): Promise<Concept[]> {
  return once(`skills:${ssyk}`, async () => {
    const all: Concept[] = [];
    for (;;) {
      const page = await apiRequest<Page<Concept>>('/reference/skills', { ...PUBLIC, query: { ssyk, limit: LIST_LIMIT_MAX, offset: all.length } });
      all.push(...page.items);
      if (page.items.length === 0 || all.length >= page.total) return all;
    }
  });
}

/** Set when the newer occupation search (/reference/occupations) is not there: use the older one. */
let newSearchMissing = false;

/**
 * Occupations matching what the coach typed. Asks GET /reference/occupations?q=&lang= (SSYK groups
 * ranked in the typed language); where that endpoint does not exist yet (404), the typo-tolerant
 * /reference/occupations/search, which also finds job titles.
 */
export async function findOccupations(q: string, lang: Locale): Promise<OccupationChoice[]> {
  if (!newSearchMissing) {
    try {
      const answer = await apiRequest<{ hits: { ssyk: string; label: string; nameSv: string; nameEn?: string | null }[] }>('/reference/occupations', {
        ...PUBLIC,
        query: { q, lang },
      });
      return answer.hits.map((hit) => ({ ssyk: hit.ssyk, label: hit.label, nameSv: hit.nameSv, occupationNameId: null }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) throw error;
      newSearchMissing = true;
    }
  }
  const items = await searchOccupations(q);
  return items.slice(0, 10).map((hit) => ({
    ssyk: hit.ssykCode,
    label: hit.nameSv,
    nameSv: hit.nameSv,
    occupationNameId: hit.kind === 'occupation-name' ? hit.id : null,
  }));
}

/**
 * The long reference lists the profile and plan forms choose from, loaded once per page. A list
 * that fails stays empty; the forms that need it say so through `failed`.
 */
export function useLearnerReference() {
  const sunLevels = shallowRef<readonly SunConcept[]>([]);
  const sunFields = shallowRef<readonly SunConcept[]>([]);
  const languages = shallowRef<readonly Concept[]>([]);
  const occupationFields = shallowRef<readonly OccupationField[]>([]);
  const failed = shallowRef(false);

  async function load(): Promise<void> {
    const results = await Promise.allSettled([listSunLevels(), listSunFields(), listLanguages(), listOccupationFields()]);
    const [levels, fields, langs, occupations] = results;
    if (levels.status === 'fulfilled') sunLevels.value = levels.value;
    if (fields.status === 'fulfilled') sunFields.value = fields.value;
    if (langs.status === 'fulfilled') languages.value = [...langs.value].sort((a, b) => a.labelSv.localeCompare(b.labelSv, 'sv'));
    if (occupations.status === 'fulfilled') occupationFields.value = occupations.value;
    failed.value = results.some((result) => result.status === 'rejected');
  }

  return { sunLevels, sunFields, languages, occupationFields, failed, load };
}

/** A match as the lookup field shows it, with what was found. */
export interface OccupationLookupHit {
  key: string;
  label: string;
  detail?: string;
  choice: OccupationChoice;
}
export interface SkillLookupHit {
  key: string;
  label: string;
  detail?: string;
  skill: Concept;
}

/** The occupation search as the lookup field asks it (`lang`: the language the coach types in). */
export function occupationLookup(lang: () => Locale): (text: string) => Promise<OccupationLookupHit[]> {
  return async (text) =>
    (await findOccupations(text, lang())).map((choice) => ({
      key: `${choice.ssyk}:${choice.occupationNameId ?? ''}:${choice.label}`,
      label: choice.label,
      detail: choice.label === choice.nameSv ? `SSYK ${choice.ssyk}` : `${choice.nameSv}, SSYK ${choice.ssyk}`,
      choice,
    }));
}

export const skillHit = (skill: Concept): SkillLookupHit => ({ key: skill.conceptId, label: skill.labelSv, skill });

export async function skillLookup(text: string): Promise<SkillLookupHit[]> {
  return (await searchSkills(text)).map(skillHit);
}

/** The municipality's weeks before a learner counts as stalled (the default when it cannot be read). */
export function useStalledWeeks() {
  const weeks = shallowRef<number>(DEFAULT_STALLED_WEEKS);
  async function load(): Promise<void> {
    try {
      weeks.value = (await fetchTenant()).stalledWeeks ?? DEFAULT_STALLED_WEEKS;
    } catch {
      // The default explains the flag well enough.
    }
  }
  return { weeks, load };
}
