import type {
  JobTrackStepKind, Locale, Page, PlacementHit, PlacementKind, PlacementStatus, Sector, SfiCourse, TargetKind, Weekday,
} from '@jobbrygga/domain';
import { apiRequest, type Query } from './client';

/*
 * Placements, job tracks and placement types. The API builds these shapes in apps/api/src/placements
 * and apps/api/src/placement-types without shared types; they are written out here until they move
 * to libs/domain/src/api-types.ts.
 */

export type SearchSort = 'relevance' | 'start' | '-start' | 'hours' | '-hours' | 'distance' | 'newest';
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'start', '-start', 'hours', '-hours', 'distance', 'newest'];
export type SfiLessons = 'morning' | 'afternoon';
/** Largest `limit` the search accepts. */
export const SEARCH_LIMIT_MAX = 100;

/** What GET /placements/search understands; lists are sent comma-separated. */
export interface PlacementSearchParams {
  q?: string;
  kind?: PlacementKind;
  type?: readonly string[];
  occupationField?: string;
  ssyk?: readonly string[];
  place?: string;
  lat?: number;
  lon?: number;
  radiusKm?: number;
  sfiCourse?: SfiCourse;
  /** Licence classes the learner has; ['none'] for none. */
  licences?: readonly string[];
  hoursMin?: number;
  hoursMax?: number;
  /** YYYY-MM-DD */
  startFrom?: string;
  startTo?: string;
  sfiLessons?: SfiLessons;
  sort?: SearchSort;
  limit: number;
  offset: number;
}

/** One search result: shared with the API (libs/domain). */
export type { PlacementHit };

/** value → number of hits, e.g. { praktik: 14 }. */
export type FacetCounts = Record<string, number>;

export interface PlacementSearchResult {
  hits: PlacementHit[];
  total: number;
  facets: Partial<Record<'type' | 'kind' | 'occupationField' | 'ssyk' | 'placeLabel' | 'minSfiCourse' | 'paid', FacetCounts>>;
  limit: number;
  offset: number;
}

export interface Translation {
  title?: string;
  description?: string;
}

export interface JobTrackStep {
  position: number;
  stepKind: JobTrackStepKind;
  title: string;
  weeks: number | null;
}

export interface PlacementDetail {
  id: string;
  kind: PlacementKind;
  status: PlacementStatus;
  /** Swedish, as the employer wrote it. */
  title: string;
  description: string;
  translations: Partial<Record<Exclude<Locale, 'sv'>, Translation>>;
  type: { code: string; name: Record<Locale, string>; paid: boolean };
  employer: { id: string; name: string; status?: string };
  site: { id: string; name: string; placeLabel: string; streetAddress: string | null; lat: number | null; lon: number | null } | null;
  ssyk: string | null;
  /** Swedish occupation name. */
  occupation: string | null;
  occupationNameId: string | null;
  /** Skill concept ids. */
  requiredSkills: string[];
  niceSkills: string[];
  minSfiCourse: SfiCourse | null;
  /** Language concept ids. */
  helpfulLanguages: string[];
  licences: string[];
  days: Weekday[];
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  fitsSfiMorning: boolean;
  fitsSfiAfternoon: boolean;
  seats: number;
  steps: JobTrackStep[];
  partners: { id: string; name: string }[];
  updatedAt: string;
}

/** A row of GET /placements (staff and employers; every status). */
export interface PlacementSummary {
  id: string;
  kind: PlacementKind;
  title: string;
  status: PlacementStatus;
  /** Type code. */
  type: string;
  ssyk: string | null;
  employerId: string;
  employerName: string;
  place: string | null;
  startDate: string;
  endDate: string | null;
  seats: number;
  hoursPerWeek: number;
  updatedAt: string;
}

export interface PlacementListQuery {
  status?: PlacementStatus;
  employerId?: string;
  kind?: PlacementKind;
  limit: number;
  offset: number;
}

export interface PlacementType {
  id: string;
  code: string;
  kind: PlacementKind;
  /** A type of the municipality's own. */
  local: boolean;
  name: Record<Locale, string>;
  /** Plain-language explanation for newcomers. */
  description: Record<Locale, string>;
  paid: boolean;
  allowedSectors: Sector[];
  minWeeks: number | null;
  maxWeeks: number | null;
  sfiCombinationRequired: boolean;
  maxHoursPerWeek: number | null;
  /** Only for newcomers in the establishment programme (etableringsprogrammet). */
  requiresEstablishmentProgramme?: boolean;
  supervisorRequired: boolean;
  decidedByEmploymentService: boolean;
  countsTowards: TargetKind[];
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD; in the past for historical types. */
  validTo: string | null;
  source: string;
}

const csv = (values: readonly string[] | undefined): string | undefined => (values?.length ? values.join(',') : undefined);

export function searchPlacements(params: PlacementSearchParams): Promise<PlacementSearchResult> {
  const query: Query = {
    q: params.q?.trim() || undefined,
    kind: params.kind,
    type: csv(params.type),
    occupationField: params.occupationField,
    ssyk: csv(params.ssyk),
    place: params.place,
    lat: params.lat,
    lon: params.lon,
    radiusKm: params.radiusKm,
    sfiCourse: params.sfiCourse,
    licences: csv(params.licences),
    hoursMin: params.hoursMin,
    hoursMax: params.hoursMax,
    startFrom: params.startFrom,
    startTo: params.startTo,
    sfiLessons: params.sfiLessons,
    sort: params.sort,
    limit: params.limit,
    offset: params.offset,
  };
  return apiRequest<PlacementSearchResult>('/placements/search', { query });
}

export function getPlacement(id: string): Promise<PlacementDetail> {
  return apiRequest<PlacementDetail>(`/placements/${encodeURIComponent(id)}`);
}

/** Staff: every placement of the municipality; an employer: its own. Newest change first. */
export function listPlacements(query: PlacementListQuery): Promise<Page<PlacementSummary>> {
  return apiRequest<Page<PlacementSummary>>('/placements', {
    query: { status: query.status, employerId: query.employerId, kind: query.kind, limit: query.limit, offset: query.offset },
  });
}

/** The municipality's placement types, current ones first. */
export async function listPlacementTypes(): Promise<PlacementType[]> {
  return (await apiRequest<{ items: PlacementType[] }>('/placement-types')).items;
}

/** What an employer writes for a placement (POST /placements; PATCH takes any part of it). */
export interface PlacementInput {
  typeCode: string;
  title: string;
  description?: string;
  translations?: Partial<Record<Exclude<Locale, 'sv'>, Translation>>;
  ssykCode?: string;
  occupationNameId?: string;
  requiredSkills?: string[];
  niceSkills?: string[];
  minSfiCourse?: SfiCourse | null;
  helpfulLanguages?: string[];
  licences?: string[];
  siteId?: string;
  days?: Weekday[];
  hoursPerWeek: number;
  startDate: string;
  endDate?: string | null;
  fitsSfiMorning?: boolean;
  fitsSfiAfternoon?: boolean;
  seats: number;
  supervisorId?: string;
  status?: 'draft' | 'open';
  steps?: { stepKind: JobTrackStepKind; title: string; weeks?: number }[];
  partnerEmployerIds?: string[];
  /** Staff only: the employer the placement is for (an employer user always posts for its own). */
  employerId?: string;
}

export function createPlacement(body: PlacementInput): Promise<PlacementDetail> {
  return apiRequest<PlacementDetail>('/placements', { method: 'POST', body });
}

export function updatePlacement(id: string, body: Partial<PlacementInput>): Promise<PlacementDetail> {
  return apiRequest<PlacementDetail>(`/placements/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

/** draft → open → filled → closed, and filled → open. */
export function changePlacementStatus(id: string, status: PlacementStatus): Promise<PlacementDetail> {
  return apiRequest<PlacementDetail>(`/placements/${encodeURIComponent(id)}/status`, { method: 'POST', body: { status } });
}

/** The rule values an admin may set for the municipality's own version of a type (PUT takes any of them). */
export interface PlacementTypeRulesInput {
  nameSv?: string;
  nameEn?: string;
  nameAr?: string;
  descriptionSv?: string;
  descriptionEn?: string;
  descriptionAr?: string;
  paid?: boolean;
  allowedSectors?: Sector[];
  minWeeks?: number | null;
  maxWeeks?: number | null;
  sfiCombinationRequired?: boolean;
  maxHoursPerWeek?: number | null;
  requiresEstablishmentProgramme?: boolean;
  supervisorRequired?: boolean;
  decidedByEmploymentService?: boolean;
  countsTowards?: TargetKind[];
  /** YYYY-MM-DD */
  validFrom?: string;
  validTo?: string | null;
  /** The decision or law the rules come from. */
  source?: string;
}

/** A new type of the municipality's own (POST /placement-types). */
export interface LocalPlacementTypeInput extends PlacementTypeRulesInput {
  /** a-z, 0-9 and _; not one of the national codes. */
  code: string;
  kind: PlacementKind;
  nameSv: string;
  nameEn: string;
  nameAr: string;
  paid: boolean;
  allowedSectors: Sector[];
  validFrom: string;
}

/**
 * Admins: the municipality's own version of a type. National rows stay for other municipalities,
 * and placements that already exist keep the rules they were made under.
 */
export function updatePlacementType(code: string, body: PlacementTypeRulesInput): Promise<PlacementType> {
  return apiRequest<PlacementType>(`/placement-types/${encodeURIComponent(code)}`, { method: 'PUT', body });
}

/** Admins: a new local type. */
export function createPlacementType(body: LocalPlacementTypeInput): Promise<PlacementType> {
  return apiRequest<PlacementType>('/placement-types', { method: 'POST', body });
}
