import type { DataSource } from 'typeorm';
import type { TableData } from '../reference-sources';
import type { MappingRelation } from '../reference.entities';

/**
 * The reference rows the lexical rankers are built from, with the `ref_*` tables' column names:
 * read from PostgreSQL by the API (`readRankingRows`) or taken straight from the loader's
 * tables built from the files (`rankingRowsFromTables`, for the offline evaluation). Both give
 * the same rows for the same files.
 */
export interface RankingRows {
  ssykGroups: { code: string; name_sv: string; description_sv: string }[];
  occupationNames: { concept_id: string; name_sv: string; ssyk_code: string }[];
  skills: { concept_id: string; label_sv: string }[];
  ssykSkills: { ssyk_code: string; skill_concept_id: string }[];
  escoOccupations: { uri: string; type: 'occupation' | 'isco_group'; isco_code: string | null; label_sv: string; label_en: string }[];
  escoOccupationMapping: { esco_uri: string; occupation_name_concept_id: string; relation: MappingRelation }[];
  escoSkillMapping: { skill_concept_id: string; esco_label_sv: string; relation: MappingRelation }[];
}

const QUERIES: Record<keyof RankingRows, string> = {
  ssykGroups: `SELECT code, name_sv, description_sv FROM ref_ssyk_group ORDER BY code`,
  occupationNames: `SELECT concept_id, name_sv, ssyk_code FROM ref_occupation_name ORDER BY concept_id COLLATE "C"`,
  skills: `SELECT concept_id, label_sv FROM ref_skill ORDER BY concept_id COLLATE "C"`,
  ssykSkills: `SELECT ssyk_code, skill_concept_id FROM ref_ssyk_skill ORDER BY ssyk_code, skill_concept_id COLLATE "C"`,
  escoOccupations: `SELECT uri, type, isco_code, label_sv, label_en FROM ref_esco_occupation ORDER BY uri COLLATE "C"`,
  escoOccupationMapping: `SELECT esco_uri, occupation_name_concept_id, relation FROM ref_esco_occupation_mapping
                           ORDER BY esco_uri COLLATE "C", occupation_name_concept_id COLLATE "C"`,
  escoSkillMapping: `SELECT skill_concept_id, esco_label_sv, relation FROM ref_esco_skill_mapping
                      ORDER BY skill_concept_id COLLATE "C", esco_skill_uri COLLATE "C"`,
};

const TABLES: Record<keyof RankingRows, string> = {
  ssykGroups: 'ref_ssyk_group',
  occupationNames: 'ref_occupation_name',
  skills: 'ref_skill',
  ssykSkills: 'ref_ssyk_skill',
  escoOccupations: 'ref_esco_occupation',
  escoOccupationMapping: 'ref_esco_occupation_mapping',
  escoSkillMapping: 'ref_esco_skill_mapping',
};

/** Reads the rows from the `ref_*` tables (a few tens of thousands of short rows). */
export async function readRankingRows(ds: DataSource): Promise<RankingRows> {
  const keys = Object.keys(QUERIES) as (keyof RankingRows)[];
  const results = await Promise.all(keys.map((k) => ds.query(QUERIES[k])));
  return Object.fromEntries(keys.map((k, i) => [k, results[i]])) as unknown as RankingRows;
}

/** The same rows from the loader's tables (`buildReferenceTables` over the source files). */
export function rankingRowsFromTables(tables: readonly TableData[]): RankingRows {
  const byName = new Map(tables.map((t) => [t.table, t.rows]));
  const keys = Object.keys(TABLES) as (keyof RankingRows)[];
  return Object.fromEntries(
    keys.map((k) => {
      const rows = byName.get(TABLES[k]);
      if (!rows) throw new Error(`reference table ${TABLES[k]} missing`);
      return [k, rows];
    }),
  ) as unknown as RankingRows;
}
