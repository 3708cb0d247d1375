import type { DataSource } from 'typeorm';
import { sfiRank, type PlacementKind, type SfiCourse } from '@jobbrygga/domain';
import type { IndexDefinition } from '../search/index-definition';
import { occupationLexicon } from './occupation-lexicon';

/** What the search index holds for one open placement of an approved employer. */
export type PlacementDocument = {
  id: string;
  tenantCode: string;
  kind: PlacementKind;
  title: string;
  titleEn: string | null;
  titleAr: string | null;
  description: string;
  type: string;
  typeNameSv: string;
  typeNameEn: string;
  typeNameAr: string;
  paid: boolean;
  ssyk: string | null;
  occupationSv: string | null;
  occupationNameSv: string | null;
  occupationSvSynonyms: string[];
  occupationEn: string[];
  occupationAr: string[];
  occupationField: string | null;
  employerId: string;
  employerName: string;
  municipalOwn: boolean;
  placeId: string | null;
  placeLabel: string | null;
  _geo?: { lat: number; lng: number };
  minSfiCourse: SfiCourse | null;
  minSfiRank: number;
  licences: string[];
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  /** Days since 1970-01-01: filterable and sortable. */
  startDay: number;
  fitsSfiMorning: boolean;
  fitsSfiAfternoon: boolean;
  seats: number;
  updatedAt: number;
};

const VISIBLE = `p.status = 'open' AND e.status = 'approved'`;
const BATCH = 2000;

interface Row {
  id: string; tenantCode: string; kind: PlacementKind; title: string; description: string; translations: Record<string, { title?: string }>;
  typeCode: string; typeNameSv: string; typeNameEn: string; typeNameAr: string; paid: boolean;
  ssyk: string | null; ssykName: string | null; occupationNameId: string | null; occupationName: string | null; field: string | null;
  employerId: string; employerName: string; municipalOwn: boolean; placeId: string | null; placeLabel: string | null; lat: number | null; lon: number | null;
  minSfiCourse: SfiCourse | null; licences: string[]; hoursPerWeek: number; startDate: string; endDate: string | null;
  fitsSfiMorning: boolean; fitsSfiAfternoon: boolean; seats: number; updatedAt: Date;
}

const SELECT = `
  SELECT p.id, p.tenant_code AS "tenantCode", p.kind, p.title, p.description, p.translations,
         t.code AS "typeCode", t.name_sv AS "typeNameSv", t.name_en AS "typeNameEn", t.name_ar AS "typeNameAr", t.paid,
         p.ssyk_code AS ssyk, g.name_sv AS "ssykName", p.occupation_name_id AS "occupationNameId", n.name_sv AS "occupationName",
         g.field_concept_id AS field,
         e.id AS "employerId", e.name AS "employerName", e.municipal_own AS "municipalOwn",
         s.place_id AS "placeId", s.place_label AS "placeLabel", s.lat, s.lon,
         p.min_sfi_course AS "minSfiCourse", p.licences, p.hours_per_week AS "hoursPerWeek",
         to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate",
         p.fits_sfi_morning AS "fitsSfiMorning", p.fits_sfi_afternoon AS "fitsSfiAfternoon", p.seats, p.updated_at AS "updatedAt"
    FROM placement p
    JOIN placement_type t ON t.id = p.type_id
    JOIN employer e ON e.id = p.employer_id
    LEFT JOIN employer_site s ON s.id = p.site_id
    LEFT JOIN ref_ssyk_group g ON g.code = p.ssyk_code
    LEFT JOIN ref_occupation_name n ON n.concept_id = p.occupation_name_id`;

/** English ESCO labels per occupation name, closest relation first. */
async function escoEnglish(ds: DataSource, nameIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (nameIds.length === 0) return out;
  const rows: { key: string; label: string }[] = await ds.query(
    `SELECT m.occupation_name_concept_id AS key, e.label_en AS label
       FROM ref_esco_occupation_mapping m JOIN ref_esco_occupation e ON e.uri = m.esco_uri
      WHERE m.occupation_name_concept_id = ANY($1::text[])
      ORDER BY array_position(ARRAY['exact','close','narrow','broad'], m.relation), e.label_en`,
    [nameIds],
  );
  for (const r of rows) out.set(r.key, [...(out.get(r.key) ?? []), r.label]);
  return out;
}

async function toDocuments(ds: DataSource, rows: Row[]): Promise<PlacementDocument[]> {
  const lexicon = occupationLexicon();
  const english = await escoEnglish(ds, [...new Set(rows.map((r) => r.occupationNameId).filter((x): x is string => !!x))]);
  return rows.map((r) => {
    const words = r.ssyk ? lexicon.get(r.ssyk) : undefined;
    const doc: PlacementDocument = {
      id: r.id,
      tenantCode: r.tenantCode,
      kind: r.kind,
      title: r.title,
      titleEn: r.translations?.en?.title ?? null,
      titleAr: r.translations?.ar?.title ?? null,
      description: r.description.slice(0, 600),
      type: r.typeCode,
      typeNameSv: r.typeNameSv,
      typeNameEn: r.typeNameEn,
      typeNameAr: r.typeNameAr,
      paid: r.paid,
      ssyk: r.ssyk,
      occupationSv: words?.sv ?? r.ssykName,
      occupationNameSv: r.occupationName ?? r.ssykName,
      occupationSvSynonyms: [...(words?.svSynonyms ?? []), ...(r.ssykName ? [r.ssykName] : [])],
      occupationEn: [...new Set([...(words?.en ?? []), ...(r.occupationNameId ? (english.get(r.occupationNameId) ?? []).slice(0, 5) : [])])],
      occupationAr: words?.ar ?? [],
      occupationField: r.field,
      employerId: r.employerId,
      employerName: r.employerName,
      municipalOwn: r.municipalOwn,
      placeId: r.placeId,
      placeLabel: r.placeLabel,
      minSfiCourse: r.minSfiCourse,
      minSfiRank: sfiRank(r.minSfiCourse),
      licences: r.licences,
      hoursPerWeek: r.hoursPerWeek,
      startDate: r.startDate,
      endDate: r.endDate,
      startDay: Math.floor(Date.parse(`${r.startDate}T00:00:00Z`) / 86_400_000),
      fitsSfiMorning: r.fitsSfiMorning,
      fitsSfiAfternoon: r.fitsSfiAfternoon,
      seats: r.seats,
      updatedAt: new Date(r.updatedAt).getTime(),
    };
    if (r.lat !== null && r.lon !== null) doc._geo = { lat: r.lat, lng: r.lon };
    return doc;
  });
}

export const PLACEMENT_FACETS = ['type', 'kind', 'occupationField', 'ssyk', 'placeLabel', 'minSfiCourse', 'paid'] as const;

/**
 * Open placements of approved employers, every municipality in one index with tenantCode as a
 * filter that every query carries. Kept in step through the search outbox.
 */
export const placementsIndex: IndexDefinition<PlacementDocument> = {
  name: 'placements',
  scope: 'tenant',
  primaryKey: 'id',
  settings: {
    searchableAttributes: [
      'title', 'occupationSv', 'occupationNameSv', 'occupationSvSynonyms', 'occupationEn', 'occupationAr',
      'titleEn', 'titleAr', 'typeNameSv', 'typeNameEn', 'typeNameAr', 'employerName', 'placeLabel', 'description',
    ],
    filterableAttributes: [
      'tenantCode', 'kind', 'type', 'ssyk', 'occupationField', 'placeId', 'placeLabel', '_geo', 'minSfiRank', 'minSfiCourse',
      'licences', 'hoursPerWeek', 'startDay', 'employerId', 'fitsSfiMorning', 'fitsSfiAfternoon', 'municipalOwn', 'paid',
    ],
    // Facets are counted, never searched by value: no facet-search structures to keep up on every change.
    facetSearch: false,
    sortableAttributes: ['startDay', 'hoursPerWeek', '_geo', 'updatedAt', 'title'],
    faceting: { maxValuesPerFacet: 100 },
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  },
  async count(ds) {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM placement p JOIN employer e ON e.id = p.employer_id WHERE ${VISIBLE}`);
    return n;
  },
  async *documents(ds) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Row[] = await ds.query(`${SELECT} WHERE ${VISIBLE} AND p.id > $1 ORDER BY p.id LIMIT $2`, [after, BATCH]);
      if (rows.length === 0) return;
      yield await toDocuments(ds, rows);
      after = rows[rows.length - 1].id;
    }
  },
  async documentsFor(ds, ids) {
    const rows: Row[] = await ds.query(`${SELECT} WHERE ${VISIBLE} AND p.id = ANY($1::uuid[])`, [ids]);
    return toDocuments(ds, rows);
  },
};
