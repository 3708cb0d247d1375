import * as fs from 'node:fs';
import * as path from 'node:path';
import { SOURCE_FILES, buildReferenceTables, type SourceName, type SourceTexts, type TableData } from './reference-sources';

/** The shipped data files, turned into rows without a database. */
const dataDir = path.resolve(__dirname, '../../data/reference');
const texts = Object.fromEntries(
  (Object.keys(SOURCE_FILES) as SourceName[]).map((name) => [name, fs.readFileSync(path.join(dataDir, SOURCE_FILES[name]), 'utf8')]),
) as SourceTexts;
const tables = new Map<string, TableData>(buildReferenceTables(texts).map((t) => [t.table, t]));
const rows = (table: string) => tables.get(table)?.rows ?? [];
const values = (table: string, column: string) => new Set(rows(table).map((r) => r[column]));

describe('buildReferenceTables on the shipped files', () => {
  it('has the expected number of rows per table', () => {
    const counts = Object.fromEntries([...tables.values()].map((t) => [t.table, t.rows.length]));
    expect(counts).toMatchObject({
      ref_county: 21,
      ref_municipality: 290,
      ref_place: 2012,
      ref_occupation_field: 21,
      ref_ssyk_group: 400, // 797 lines: descriptions span several lines
      ref_occupation_name: 3262,
      ref_ssyk_skill: 17517,
      ref_esco_occupation: 3626,
      ref_sun_level: 71,
      ref_sun_field: 153,
      ref_sfi_course: 4,
      ref_sfi_study_path: 3,
      ref_language: 435,
      ref_driving_licence: 15,
      ref_employment_type: 4,
      ref_employment_duration: 5,
      ref_worktime_extent: 3,
      ref_kolada_kpi: 146,
    });
    // 5,514 listed skills plus those only the 2025 SSYK export names.
    expect(counts.ref_skill).toBe(5514 + 1384);
  });

  it('keeps every foreign key the schema declares', () => {
    const within = (table: string, column: string, parent: string, key: string) => {
      const keys = values(parent, key);
      return rows(table).filter((r) => r[column] !== null && !keys.has(r[column]));
    };
    expect(within('ref_municipality', 'county_code', 'ref_county', 'code')).toEqual([]);
    expect(within('ref_place', 'municipality_code', 'ref_municipality', 'code')).toEqual([]);
    expect(within('ref_ssyk_group', 'field_concept_id', 'ref_occupation_field', 'concept_id')).toEqual([]);
    expect(within('ref_occupation_name', 'ssyk_code', 'ref_ssyk_group', 'code')).toEqual([]);
    expect(within('ref_ssyk_skill', 'ssyk_code', 'ref_ssyk_group', 'code')).toEqual([]);
    expect(within('ref_ssyk_skill', 'skill_concept_id', 'ref_skill', 'concept_id')).toEqual([]);
    expect(within('ref_sun_level', 'parent_code', 'ref_sun_level', 'code')).toEqual([]);
    expect(within('ref_sun_field', 'parent_code', 'ref_sun_field', 'code')).toEqual([]);
    expect(within('ref_sfi_study_path_course', 'course_code', 'ref_sfi_course', 'code')).toEqual([]);
  });

  it('turns 0.0 coordinates into unknown', () => {
    const places = rows('ref_place');
    expect(places.filter((p) => p.lat === 0 || p.lon === 0)).toEqual([]);
    expect(places.filter((p) => p.lat === null)).toHaveLength(70);
    expect(rows('ref_municipality').filter((m) => m.lat !== null)).toHaveLength(262);
  });

  it('keeps mappings with a relation and skips the rest', () => {
    const occupations = tables.get('ref_esco_occupation_mapping');
    expect(occupations?.rows).toHaveLength(5524);
    expect(occupations?.skipped).toBe(5); // "no relation"
    const skills = tables.get('ref_esco_skill_mapping');
    expect(skills?.skipped).toBe(1291 + 7); // "no relation" + rows with broken quoting upstream
    expect(values('ref_esco_skill_mapping', 'relation')).toEqual(new Set(['exact', 'close', 'narrow', 'broad']));
  });

  it('reads the SFI structure', () => {
    expect(rows('ref_sfi_course')).toEqual([
      { code: 'A', rank: 1 },
      { code: 'B', rank: 2 },
      { code: 'C', rank: 3 },
      { code: 'D', rank: 4 },
    ]);
    expect(rows('ref_sfi_study_path_course').filter((r) => r.study_path === 3)).toEqual([
      { study_path: 3, course_code: 'C' },
      { study_path: 3, course_code: 'D' },
    ]);
    expect(rows('ref_sfi_study_path').find((p) => p.number === 2)?.target_group_sv).toBeNull();
  });

  it('drops no rows as duplicates', () => {
    expect([...tables.values()].filter((t) => t.duplicates > 0).map((t) => t.table)).toEqual([]);
  });
});
