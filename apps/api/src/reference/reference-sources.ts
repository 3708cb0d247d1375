import { parseCsvObjects } from './csv';
import {
  ReferenceDataError,
  coordinate,
  dedupeBy,
  emptyToNull,
  isEscoUri,
  jobtechConceptId,
  parseBoolean,
  parseLegacyId,
  parseMappingRelation,
  placeId,
  sunLevel,
} from './reference-transform';

/** The files the loader reads, relative to the data directory. Their bytes make up the dataset hash. */
export const SOURCE_FILES = {
  counties: 'geo/scb_counties.csv',
  municipalities: 'geo/scb_municipality_county.csv',
  municipalityPoints: 'geo/municipality_place_coordinates_jobtech.csv',
  places: 'geo/places_with_coordinates_jobtech.json',
  occupationFields: 'taxonomy/occupation_fields.csv',
  ssykGroups: 'taxonomy/ssyk2012_level4_occupation_groups.csv',
  occupationNames: 'taxonomy/occupation_names.csv',
  skills: 'taxonomy/skills.csv',
  ssykSkills: 'taxonomy/ssyk4_related_skills_2025.csv',
  escoOccupations: 'esco/esco_occupations_sv_en.csv',
  escoOccupationMapping: 'esco/se_esco_v1.1.1_occupations_to_jobtech.csv',
  escoSkillMapping: 'esco/se_esco_v1.0.9_skills_to_jobtech.csv',
  sunLevels: 'education/sun_education_levels_jobtech.csv',
  sunFields: 'education/sun_education_fields_jobtech.csv',
  sfi: 'education/sfi_structure.json',
  languages: 'taxonomy/languages.csv',
  drivingLicences: 'taxonomy/driving_licences.csv',
  employmentTypes: 'taxonomy/employment_type.csv',
  employmentDurations: 'taxonomy/employment_duration.csv',
  worktimeExtents: 'taxonomy/worktime_extent.csv',
  koladaKpis: 'kolada/kolada_kpi_newcomer_core.csv',
} as const;

export type SourceName = keyof typeof SOURCE_FILES;
/** The text of every source file, by name. */
export type SourceTexts = Record<SourceName, string>;

/** PostgreSQL array element types the loader sends rows as (`unnest($1::text[], …)`). */
export type PgType = 'text' | 'int4' | 'int2' | 'float8' | 'bool';
export type Cell = string | number | boolean | null;

/** Rows for one table, in column order, ready for a batched insert. */
export interface TableData {
  table: string;
  /** Column name → element type, in insert order. */
  columns: Record<string, PgType>;
  rows: Record<string, Cell>[];
  /** Rows dropped because an earlier row had the same key. */
  duplicates: number;
  /** Source rows that are not data (e.g. "no relation" mappings) or are malformed upstream. */
  skipped: number;
}

function table<C extends string>(
  name: string,
  columns: Record<C, PgType>,
  key: readonly NoInfer<C>[],
  rows: Record<NoInfer<C>, Cell>[],
  skipped = 0,
): TableData {
  const deduped = dedupeBy(rows, (row) => key.map((k) => String(row[k])).join('\u0000'));
  return { table: name, columns, rows: deduped.rows, duplicates: deduped.duplicates, skipped };
}

const conceptColumns = { concept_id: 'text', legacy_id: 'int4', label_sv: 'text' } as const;

function conceptTable(name: string, text: string, file: string): TableData {
  const rows = parseCsvObjects(text, ['concept_id', 'legacy_id', 'label_sv']).map((r) => ({
    concept_id: r.concept_id,
    legacy_id: parseLegacyId(r.legacy_id, file),
    label_sv: r.label_sv,
  }));
  return table(name, conceptColumns, ['concept_id'], rows);
}

const mappingColumns = { relation: 'text', esco_label_sv: 'text' } as const;

/**
 * Rows of an ESCO → JobTech mapping file. Rows without a relation ("no relation") are no mapping;
 * a few upstream rows have broken quoting that shifts the columns — those are skipped, not guessed.
 */
interface MappingRow {
  escoUri: string;
  conceptId: string;
  relation: string;
  escoLabel: string;
  jobtechLabel: string;
}

function mappingRows(text: string): { rows: MappingRow[]; skipped: number } {
  const records = parseCsvObjects(text, [
    'Classification 1 URI',
    'Classification 1 PrefLabel',
    'Classification 2 URI',
    'Classification 2 PrefLabel',
    'Mapping relation',
  ]);
  const rows: MappingRow[] = [];
  for (const r of records) {
    const relation = parseMappingRelation(r['Mapping relation']);
    const conceptId = jobtechConceptId(r['Classification 2 URI']);
    const escoUri = r['Classification 1 URI'];
    if (!relation || !conceptId || !isEscoUri(escoUri)) continue;
    rows.push({ escoUri, conceptId, relation, escoLabel: r['Classification 1 PrefLabel'], jobtechLabel: r['Classification 2 PrefLabel'] });
  }
  return { rows, skipped: records.length - rows.length };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ReferenceDataError(`${file} is not valid JSON`);
  }
}

interface PlaceSource {
  label: string;
  kommunkod: string;
  latitud: number | null;
  longitud: number | null;
}

function isPlace(value: unknown): value is PlaceSource {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const optionalNumber = (x: unknown) => x === null || x === undefined || typeof x === 'number';
  const code = typeof v.kommunkod === 'string' && /^[0-9]{4}$/.test(v.kommunkod);
  return typeof v.label === 'string' && code && optionalNumber(v.latitud) && optionalNumber(v.longitud);
}

interface SfiSource {
  courses: string[];
  studievagar: Record<string, { courses: string[]; target_group_sv?: string }>;
}

function isSfi(value: unknown): value is SfiSource {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((c) => typeof c === 'string');
  if (!strings(v.courses) || typeof v.studievagar !== 'object' || v.studievagar === null) return false;
  return Object.values(v.studievagar).every((path: unknown) => {
    if (typeof path !== 'object' || path === null) return false;
    const p = path as Record<string, unknown>;
    return strings(p.courses) && (p.target_group_sv === undefined || typeof p.target_group_sv === 'string');
  });
}

/** Both ends of a latitude/longitude pair, or neither. */
function point(lat: string | number | null | undefined, lon: string | number | null | undefined): { lat: number | null; lon: number | null } {
  const la = coordinate(lat);
  const lo = coordinate(lon);
  return la === null || lo === null ? { lat: null, lon: null } : { lat: la, lon: lo };
}

/**
 * Turns the source files into table rows, parents before children (the order of inserts).
 * Pure: no files, no database.
 */
export function buildReferenceTables(src: SourceTexts): TableData[] {
  const f = SOURCE_FILES;

  // Geography
  const counties = parseCsvObjects(src.counties, ['county_code', 'county_name', 'county_name_short']).map((r) => ({
    code: r.county_code,
    name: r.county_name,
    short_name: r.county_name_short,
  }));
  const points = new Map(
    parseCsvObjects(src.municipalityPoints, ['kommunkod', 'lat_wgs84', 'lon_wgs84']).map((r) => [r.kommunkod, point(r.lat_wgs84, r.lon_wgs84)]),
  );
  const municipalities = parseCsvObjects(src.municipalities, ['municipality_code', 'municipality_name', 'municipality_name_short', 'county_code']).map((r) => ({
    code: r.municipality_code,
    name: r.municipality_name,
    short_name: r.municipality_name_short,
    county_code: r.county_code,
    ...(points.get(r.municipality_code) ?? { lat: null, lon: null }),
  }));
  const placesJson = parseJson(src.places, f.places);
  if (!Array.isArray(placesJson)) throw new ReferenceDataError(`${f.places}: expected an array`);
  const places = placesJson.map((p: unknown, i) => {
    if (!isPlace(p)) throw new ReferenceDataError(`${f.places}: entry ${i} is not a place`);
    return { id: placeId(p.kommunkod, p.label), label: p.label, municipality_code: p.kommunkod, ...point(p.latitud, p.longitud) };
  });

  // Occupations and skills
  const occupationFields = parseCsvObjects(src.occupationFields, ['concept_id', 'legacy_id', 'label_sv', 'description_sv']).map((r) => ({
    concept_id: r.concept_id,
    legacy_id: parseLegacyId(r.legacy_id, f.occupationFields),
    label_sv: r.label_sv,
    description_sv: r.description_sv,
  }));
  const ssykGroups = parseCsvObjects(src.ssykGroups, ['ssyk_code', 'concept_id', 'label_sv', 'description_sv', 'occupation_field_concept_id']).map((r) => ({
    code: r.ssyk_code,
    concept_id: r.concept_id,
    name_sv: r.label_sv,
    description_sv: r.description_sv,
    field_concept_id: r.occupation_field_concept_id,
  }));
  const occupationNames = parseCsvObjects(src.occupationNames, ['concept_id', 'legacy_id', 'label_sv', 'ssyk_code']).map((r) => ({
    concept_id: r.concept_id,
    legacy_id: parseLegacyId(r.legacy_id, f.occupationNames),
    name_sv: r.label_sv,
    ssyk_code: r.ssyk_code,
  }));
  const ssykSkillRecords = parseCsvObjects(src.ssykSkills, ['ssyk_code', 'skill_concept_id', 'skill_label_sv']);
  // The skills list, plus the skills that only the 2025 SSYK export names (with its label), so
  // every SSYK → skill link has its skill. Where both name a skill, the list's label is kept.
  const listedSkills = parseCsvObjects(src.skills, ['concept_id', 'legacy_id', 'label_sv']).map((r) => ({
    concept_id: r.concept_id,
    legacy_id: parseLegacyId(r.legacy_id, f.skills),
    label_sv: r.label_sv,
    source: 'skills',
  }));
  const listed = new Set(listedSkills.map((s) => s.concept_id));
  const unlistedSkills = dedupeBy(
    ssykSkillRecords.filter((r) => !listed.has(r.skill_concept_id)),
    (r) => r.skill_concept_id,
  ).rows.map((r) => ({ concept_id: r.skill_concept_id, legacy_id: null, label_sv: r.skill_label_sv, source: 'ssyk-related-2025' }));
  const skills = [...listedSkills, ...unlistedSkills];
  const ssykSkills = ssykSkillRecords.map((r) => ({ ssyk_code: r.ssyk_code, skill_concept_id: r.skill_concept_id }));

  // ESCO
  const escoOccupations = parseCsvObjects(src.escoOccupations, ['esco_uri', 'type', 'isco_code', 'pref_label_sv', 'pref_label_en']).map((r) => ({
    uri: r.esco_uri,
    type: r.type,
    isco_code: emptyToNull(r.isco_code),
    label_sv: r.pref_label_sv,
    label_en: r.pref_label_en,
  }));
  const occupationMapping = mappingRows(src.escoOccupationMapping);
  const skillMapping = mappingRows(src.escoSkillMapping);

  // Education. Parents before children, for the self-references.
  const sun = (text: string, file: string) =>
    parseCsvObjects(text, ['type', 'sun_code', 'concept_id', 'label_sv', 'parent_code'])
      .map((r) => ({
        code: r.sun_code,
        level: sunLevel(r.type),
        type: r.type,
        concept_id: r.concept_id,
        label_sv: r.label_sv,
        parent_code: emptyToNull(r.parent_code),
      }))
      .sort((a, b) => a.level - b.level || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((row) => {
        if ((row.level === 1) !== (row.parent_code === null)) throw new ReferenceDataError(`${file}: ${row.code} has a wrong parent`);
        return row;
      });
  const sunColumns = { code: 'text', level: 'int2', type: 'text', concept_id: 'text', label_sv: 'text', parent_code: 'text' } as const;
  const sfi = parseJson(src.sfi, f.sfi);
  if (!isSfi(sfi)) throw new ReferenceDataError(`${f.sfi}: unexpected shape`);
  const sfiCourses = sfi.courses.map((code, i) => ({ code, rank: i + 1 }));
  const sfiPaths = Object.entries(sfi.studievagar).map(([n, p]) => ({ number: Number(n), target_group_sv: p.target_group_sv ?? null }));
  const sfiPathCourses = Object.entries(sfi.studievagar).flatMap(([n, p]) => p.courses.map((c) => ({ study_path: Number(n), course_code: c })));

  // Small code tables and Kolada
  const drivingLicences = parseCsvObjects(src.drivingLicences, ['concept_id', 'legacy_id', 'label', 'description_sv']).map((r) => ({
    concept_id: r.concept_id,
    legacy_id: parseLegacyId(r.legacy_id, f.drivingLicences),
    label: r.label,
    description_sv: r.description_sv,
  }));
  const kpiColumns = [
    'id',
    'title',
    'description',
    'is_divided_by_gender',
    'municipality_type',
    'auspice',
    'operating_area',
    'perspective',
    'prel_publication_date',
    'publication_date',
    'publ_period',
    'has_ou_data',
  ] as const;
  const koladaKpis = parseCsvObjects(src.koladaKpis, kpiColumns).map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    is_divided_by_gender: parseBoolean(r.is_divided_by_gender, `${f.koladaKpis} ${r.id}`),
    municipality_type: emptyToNull(r.municipality_type),
    auspice: emptyToNull(r.auspice),
    operating_area: emptyToNull(r.operating_area),
    perspective: emptyToNull(r.perspective),
    prel_publication_date: emptyToNull(r.prel_publication_date),
    publication_date: emptyToNull(r.publication_date),
    publ_period: emptyToNull(r.publ_period),
    has_ou_data: emptyToNull(r.has_ou_data),
  }));

  return [
    table('ref_county', { code: 'text', name: 'text', short_name: 'text' }, ['code'], counties),
    table('ref_municipality', { code: 'text', name: 'text', short_name: 'text', county_code: 'text', lat: 'float8', lon: 'float8' }, ['code'], municipalities),
    table('ref_place', { id: 'text', label: 'text', municipality_code: 'text', lat: 'float8', lon: 'float8' }, ['id'], places),
    table('ref_occupation_field', { concept_id: 'text', legacy_id: 'int4', label_sv: 'text', description_sv: 'text' }, ['concept_id'], occupationFields),
    table('ref_ssyk_group', { code: 'text', concept_id: 'text', name_sv: 'text', description_sv: 'text', field_concept_id: 'text' }, ['code'], ssykGroups),
    table('ref_occupation_name', { concept_id: 'text', legacy_id: 'int4', name_sv: 'text', ssyk_code: 'text' }, ['concept_id'], occupationNames),
    table('ref_skill', { ...conceptColumns, source: 'text' }, ['concept_id'], skills),
    table('ref_ssyk_skill', { ssyk_code: 'text', skill_concept_id: 'text' }, ['ssyk_code', 'skill_concept_id'], ssykSkills),
    table('ref_esco_occupation', { uri: 'text', type: 'text', isco_code: 'text', label_sv: 'text', label_en: 'text' }, ['uri'], escoOccupations),
    table(
      'ref_esco_occupation_mapping',
      { esco_uri: 'text', occupation_name_concept_id: 'text', ...mappingColumns, occupation_name_label_sv: 'text' },
      ['esco_uri', 'occupation_name_concept_id'],
      occupationMapping.rows.map((m) => ({
        esco_uri: m.escoUri,
        occupation_name_concept_id: m.conceptId,
        relation: m.relation,
        esco_label_sv: m.escoLabel,
        occupation_name_label_sv: m.jobtechLabel,
      })),
      occupationMapping.skipped,
    ),
    table(
      'ref_esco_skill_mapping',
      { esco_skill_uri: 'text', skill_concept_id: 'text', ...mappingColumns, skill_label_sv: 'text' },
      ['esco_skill_uri', 'skill_concept_id'],
      skillMapping.rows.map((m) => ({
        esco_skill_uri: m.escoUri,
        skill_concept_id: m.conceptId,
        relation: m.relation,
        esco_label_sv: m.escoLabel,
        skill_label_sv: m.jobtechLabel,
      })),
      skillMapping.skipped,
    ),
    table('ref_sun_level', sunColumns, ['code'], sun(src.sunLevels, f.sunLevels)),
    table('ref_sun_field', sunColumns, ['code'], sun(src.sunFields, f.sunFields)),
    table('ref_sfi_course', { code: 'text', rank: 'int2' }, ['code'], sfiCourses),
    table('ref_sfi_study_path', { number: 'int2', target_group_sv: 'text' }, ['number'], sfiPaths),
    table('ref_sfi_study_path_course', { study_path: 'int2', course_code: 'text' }, ['study_path', 'course_code'], sfiPathCourses),
    conceptTable('ref_language', src.languages, f.languages),
    table('ref_driving_licence', { concept_id: 'text', legacy_id: 'int4', label: 'text', description_sv: 'text' }, ['concept_id'], drivingLicences),
    conceptTable('ref_employment_type', src.employmentTypes, f.employmentTypes),
    conceptTable('ref_employment_duration', src.employmentDurations, f.employmentDurations),
    conceptTable('ref_worktime_extent', src.worktimeExtents, f.worktimeExtents),
    table(
      'ref_kolada_kpi',
      Object.fromEntries(kpiColumns.map((c) => [c, c === 'is_divided_by_gender' ? 'bool' : 'text'])) as Record<(typeof kpiColumns)[number], PgType>,
      ['id'],
      koladaKpis,
    ),
  ];
}
