import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MultiSearchParams, MultiSearchResponse, SearchResponse } from 'meilisearch';
import { sfiRank, type Locale, type PlacementHit } from '@jobbrygga/domain';
import { AppError } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { SearchIndex } from '../search/search-index.service';
import { PLACEMENT_FACETS, placementsIndex, type PlacementDocument } from './placements.index';
import type { PlacementSearchQuery } from './dto';

const q = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;
const list = (csv: string) => csv.split(',').filter(Boolean);
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);


/** Builds the Meilisearch filter for a query. Pure, so it has its own spec. Every filter starts with the caller's municipality. */
export function buildPlacementFilter(tenantCode: string, query: PlacementSearchQuery, allLicences: readonly string[]): string[] {
  const f = [`tenantCode = ${q(tenantCode)}`];
  if (query.kind) f.push(`kind = ${q(query.kind)}`);
  if (query.type) f.push(`type IN [${list(query.type).map(q).join(', ')}]`);
  if (query.occupationField) f.push(`occupationField = ${q(query.occupationField)}`);
  if (query.ssyk) f.push(`ssyk IN [${list(query.ssyk).map(q).join(', ')}]`);
  if (query.place) f.push(`placeId = ${q(query.place)}`);
  if (query.lat !== undefined && query.lon !== undefined && query.radiusKm !== undefined) f.push(`_geoRadius(${query.lat}, ${query.lon}, ${query.radiusKm * 1000})`);
  if (query.sfiCourse) f.push(`minSfiRank <= ${sfiRank(query.sfiCourse)}`);
  if (query.licences !== undefined) {
    const have = new Set(list(query.licences).filter((l) => l !== 'none').map((l) => l.toUpperCase()));
    const lacking = allLicences.filter((l) => !have.has(l.toUpperCase()));
    if (lacking.length) f.push(`NOT licences IN [${lacking.map(q).join(', ')}]`);
  }
  if (query.hoursMin !== undefined) f.push(`hoursPerWeek >= ${query.hoursMin}`);
  if (query.hoursMax !== undefined) f.push(`hoursPerWeek <= ${query.hoursMax}`);
  if (query.startFrom) f.push(`startDay >= ${day(query.startFrom)}`);
  if (query.startTo) f.push(`startDay <= ${day(query.startTo)}`);
  if (query.sfiLessons === 'morning') f.push('fitsSfiMorning = true');
  if (query.sfiLessons === 'afternoon') f.push('fitsSfiAfternoon = true');
  return f;
}

@Injectable()
export class PlacementSearchService {
  private licences?: string[];

  constructor(private readonly searchIndex: SearchIndex, private readonly ds: DataSource) {}

  private async allLicences(): Promise<string[]> {
    this.licences ??= (await this.ds.query(`SELECT label FROM ref_driving_licence ORDER BY label`)).map((r: { label: string }) => r.label);
    return this.licences!;
  }

  async search(caller: AuthUser, query: PlacementSearchQuery, locale: Locale) {
    const geo = query.lat !== undefined || query.lon !== undefined || query.radiusKm !== undefined;
    if (geo && (query.lat === undefined || query.lon === undefined)) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: query.lat === undefined ? 'lat' : 'lon', problem: 'required' }]);
    if (query.sort === 'distance' && query.lat === undefined) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'lat', problem: 'required' }]);
    if (query.hoursMin !== undefined && query.hoursMax !== undefined && query.hoursMin > query.hoursMax) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'hoursMax', problem: 'tooSmall' }]);
    const sort: Record<string, string[]> = {
      start: ['startDay:asc'], '-start': ['startDay:desc'], hours: ['hoursPerWeek:asc'], '-hours': ['hoursPerWeek:desc'], newest: ['updatedAt:desc'],
      distance: [`_geoPoint(${query.lat}, ${query.lon}):asc`],
    };
    const licences = await this.allLicences();
    const indexUid = this.searchIndex.uid(placementsIndex.name);
    const main = {
      indexUid,
      q: query.q ?? '',
      filter: buildPlacementFilter(caller.tenantCode, query, licences),
      facets: [...PLACEMENT_FACETS],
      sort: query.sort && query.sort !== 'relevance' ? sort[query.sort] : query.q ? undefined : ['startDay:asc'],
      limit: query.limit,
      offset: query.offset,
    };
    // With a type filter, the type counts come from the same search without it, so the other
    // types keep their real counts (one round trip: both go in one multi-search).
    const queries: MultiSearchParams['queries'] = query.type
      ? [main, { indexUid, q: main.q, filter: buildPlacementFilter(caller.tenantCode, { ...query, type: undefined }, licences), facets: ['type'], limit: 0 }]
      : [main];
    const { results } = (await this.searchIndex.client.multiSearch({ queries })) as MultiSearchResponse<PlacementDocument>;
    const res = results[0] as SearchResponse<PlacementDocument>;
    if (results[1]) res.facetDistribution = { ...res.facetDistribution, type: results[1].facetDistribution?.type ?? {} };
    const hits: PlacementHit[] = res.hits.map((d) => {
      const hit: PlacementHit = {
        id: d.id,
        kind: d.kind,
        title: (locale === 'en' ? d.titleEn : locale === 'ar' ? d.titleAr : null) ?? d.title,
        titleSv: d.title,
        type: d.type,
        typeName: locale === 'en' ? d.typeNameEn : locale === 'ar' ? d.typeNameAr : d.typeNameSv,
        paid: d.paid,
        ssyk: d.ssyk,
        occupation: (locale === 'en' ? d.occupationEn[0] : locale === 'ar' ? d.occupationAr[0] : null) ?? d.occupationSv,
        employerName: d.employerName,
        place: d.placeLabel,
        startDate: d.startDate,
        endDate: d.endDate,
        hoursPerWeek: d.hoursPerWeek,
        minSfiCourse: d.minSfiCourse,
        licences: d.licences,
        seats: d.seats,
        fitsSfiMorning: d.fitsSfiMorning,
        fitsSfiAfternoon: d.fitsSfiAfternoon,
      };
      const dist = (d as { _geoDistance?: number })._geoDistance;
      if (dist !== undefined) hit.distanceKm = Math.round(dist / 100) / 10;
      return hit;
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length, facets: res.facetDistribution ?? {}, limit: query.limit, offset: query.offset };
  }
}
