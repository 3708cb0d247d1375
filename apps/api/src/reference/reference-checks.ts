import type { EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';

/** Tables and key columns that user input may refer to. */
const TABLES = {
  occupationField: ['ref_occupation_field', 'concept_id'],
  language: ['ref_language', 'concept_id'],
  skill: ['ref_skill', 'concept_id'],
  ssyk: ['ref_ssyk_group', 'code'],
  occupationName: ['ref_occupation_name', 'concept_id'],
  licence: ['ref_driving_licence', 'label'],
  place: ['ref_place', 'id'],
  sunLevel: ['ref_sun_level', 'code'],
  sunField: ['ref_sun_field', 'code'],
  escoOccupation: ['ref_esco_occupation', 'uri'],
} as const;
export type ReferenceKind = keyof typeof TABLES;

/**
 * Refuses input that names reference rows that do not exist (a made-up SSYK code, skill or place):
 * 400 UNKNOWN_REFERENCE naming the field, before anything is written.
 */
export async function requireReferences(m: EntityManager, field: string, kind: ReferenceKind, values: readonly string[]): Promise<void> {
  const wanted = [...new Set(values)];
  if (wanted.length === 0) return;
  const [table, column] = TABLES[kind];
  const rows: { v: string }[] = await m.query(`SELECT ${column}::text AS v FROM ${table} WHERE ${column}::text = ANY($1::text[])`, [wanted]);
  if (rows.length !== wanted.length) throw new AppError('UNKNOWN_REFERENCE', { field }, {}, [{ field, problem: 'unknownValue' }]);
}
