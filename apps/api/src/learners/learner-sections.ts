import type { EntityManager } from 'typeorm';
import type { ProfileSection } from '@jobbrygga/domain';
import { AppError } from '../common/app-error';
import { requireReferences } from '../reference/reference-checks';

/** A column of a section: the API field, the SQL column, and whether creation needs it. */
interface Column {
  field: string;
  column: string;
  required?: boolean;
  /** A date that cannot be later than today. */
  past?: boolean;
}

export interface SectionDefinition {
  table: string;
  columns: readonly Column[];
  /** [start, end] field pairs where end may not be before start. */
  ordered?: readonly [string, string][];
  /** A field that may appear once per learner (409 ALREADY_EXISTS). */
  unique?: string;
  /** Checks the values name real reference rows and fit together (the merged row after a change). */
  check?: (m: EntityManager, row: Record<string, unknown>) => Promise<void>;
  /** SQL for the list, `$1` the learner id, ordered for display. */
  select: string;
}

const PROVENANCE = `i.id, i.verification, i.entered_by_role AS "enteredByRole", eb.display_name AS "enteredByName", vb.display_name AS "verifiedByName", i.updated_at AS "updatedAt"`;
const JOINS = `LEFT JOIN app_user eb ON eb.id = i.entered_by LEFT JOIN app_user vb ON vb.id = i.verified_by`;
const DATE = (column: string, as: string) => `to_char(i.${column}, 'YYYY-MM-DD') AS "${as}"`;

export const SECTIONS: Record<ProfileSection, SectionDefinition> = {
  establishment: {
    table: 'learner_establishment',
    columns: [
      { field: 'residencePermitDate', column: 'residence_permit_date', past: true },
      { field: 'programmeStart', column: 'programme_start', past: true },
      { field: 'exitDate', column: 'exit_date', past: true },
      { field: 'exitReason', column: 'exit_reason' },
      { field: 'status90Days', column: 'status_90_days' },
    ],
    ordered: [['residencePermitDate', 'programmeStart'], ['programmeStart', 'exitDate']],
    check: async (_m, row) => {
      if (!row.exitDate && (row.exitReason || row.status90Days)) {
        throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'exitDate', problem: 'required' }]);
      }
      if (!row.residencePermitDate && !row.programmeStart) {
        throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'programmeStart', problem: 'required' }]);
      }
    },
    select: `SELECT ${PROVENANCE}, ${DATE('residence_permit_date', 'residencePermitDate')}, ${DATE('programme_start', 'programmeStart')},
                    ${DATE('exit_date', 'exitDate')}, i.exit_reason AS "exitReason", i.status_90_days AS "status90Days"
               FROM learner_establishment i ${JOINS} WHERE i.learner_id = $1 ORDER BY i.programme_start NULLS FIRST, i.created_at`,
  },
  education: {
    table: 'learner_education',
    columns: [
      { field: 'sunLevel', column: 'sun_level', required: true },
      { field: 'sunField', column: 'sun_field' },
      { field: 'title', column: 'title' },
      { field: 'country', column: 'country' },
      { field: 'years', column: 'years' },
    ],
    check: async (m, row) => {
      await requireReferences(m, 'sunLevel', 'sunLevel', [row.sunLevel as string]);
      if (row.sunField) await requireReferences(m, 'sunField', 'sunField', [row.sunField as string]);
    },
    select: `SELECT ${PROVENANCE}, i.sun_level AS "sunLevel", l.label_sv AS "sunLevelLabel", i.sun_field AS "sunField", f.label_sv AS "sunFieldLabel",
                    i.title, i.country, i.years
               FROM learner_education i ${JOINS}
               LEFT JOIN ref_sun_level l ON l.code = i.sun_level LEFT JOIN ref_sun_field f ON f.code = i.sun_field
              WHERE i.learner_id = $1 ORDER BY i.sun_level DESC, i.created_at`,
  },
  experience: {
    table: 'learner_experience',
    columns: [
      { field: 'ssykCode', column: 'ssyk_code' },
      { field: 'occupationNameId', column: 'occupation_name_id' },
      { field: 'escoUri', column: 'esco_uri' },
      { field: 'title', column: 'title' },
      { field: 'years', column: 'years' },
      { field: 'country', column: 'country' },
    ],
    check: async (m, row) => {
      if (!row.ssykCode && !row.occupationNameId && !row.escoUri) {
        throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'ssykCode', problem: 'required' }]);
      }
      if (row.ssykCode) await requireReferences(m, 'ssykCode', 'ssyk', [row.ssykCode as string]);
      if (row.occupationNameId) {
        const [name] = await m.query(`SELECT ssyk_code AS ssyk FROM ref_occupation_name WHERE concept_id = $1`, [row.occupationNameId]);
        if (!name) throw new AppError('UNKNOWN_REFERENCE', { field: 'occupationNameId' }, {}, [{ field: 'occupationNameId', problem: 'unknownValue' }]);
        // The group follows from the job title when it was not given; a different one is a mistake.
        if (row.ssykCode && row.ssykCode !== name.ssyk) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'ssykCode', problem: 'format' }]);
        row.ssykCode = name.ssyk;
      }
      if (row.escoUri) await requireReferences(m, 'escoUri', 'escoOccupation', [row.escoUri as string]);
    },
    select: `SELECT ${PROVENANCE}, i.ssyk_code AS "ssykCode", g.name_sv AS "ssykLabel", i.occupation_name_id AS "occupationNameId", n.name_sv AS "occupationLabel",
                    i.esco_uri AS "escoUri", e.label_en AS "escoLabelEn", i.title, i.years::float AS years, i.country
               FROM learner_experience i ${JOINS}
               LEFT JOIN ref_ssyk_group g ON g.code = i.ssyk_code LEFT JOIN ref_occupation_name n ON n.concept_id = i.occupation_name_id
               LEFT JOIN ref_esco_occupation e ON e.uri = i.esco_uri
              WHERE i.learner_id = $1 ORDER BY i.years DESC NULLS LAST, i.created_at`,
  },
  skills: {
    table: 'learner_skill',
    columns: [{ field: 'skillId', column: 'skill_id', required: true }],
    unique: 'skillId',
    check: async (m, row) => requireReferences(m, 'skillId', 'skill', [row.skillId as string]),
    select: `SELECT ${PROVENANCE}, i.skill_id AS "skillId", s.label_sv AS label
               FROM learner_skill i ${JOINS} LEFT JOIN ref_skill s ON s.concept_id = i.skill_id
              WHERE i.learner_id = $1 ORDER BY s.label_sv`,
  },
  languages: {
    table: 'learner_language',
    columns: [
      { field: 'languageId', column: 'language_id', required: true },
      { field: 'level', column: 'level', required: true },
    ],
    unique: 'languageId',
    check: async (m, row) => requireReferences(m, 'languageId', 'language', [row.languageId as string]),
    select: `SELECT ${PROVENANCE}, i.language_id AS "languageId", l.label_sv AS label, i.level
               FROM learner_language i ${JOINS} LEFT JOIN ref_language l ON l.concept_id = i.language_id
              WHERE i.learner_id = $1 ORDER BY (i.level = 'native') DESC, i.level DESC, l.label_sv`,
  },
  'sfi-courses': {
    table: 'learner_sfi_course',
    columns: [
      { field: 'course', column: 'course', required: true },
      { field: 'startDate', column: 'start_date', required: true, past: true },
      { field: 'endDate', column: 'end_date', past: true },
      { field: 'result', column: 'result', required: true },
    ],
    ordered: [['startDate', 'endDate']],
    check: async (_m, row) => {
      if (row.result !== 'continuing' && !row.endDate) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'endDate', problem: 'required' }]);
    },
    select: `SELECT ${PROVENANCE}, i.course, ${DATE('start_date', 'startDate')}, ${DATE('end_date', 'endDate')}, i.result
               FROM learner_sfi_course i ${JOINS} WHERE i.learner_id = $1 ORDER BY i.start_date, i.course`,
  },
};

/** Checks dates that cannot lie ahead and pairs that must be in order (400 naming the field). */
export function checkDates(definition: SectionDefinition, row: Record<string, unknown>, today: string): void {
  for (const column of definition.columns) {
    const value = row[column.field];
    if (column.past && typeof value === 'string' && value > today) throw new AppError('DATE_IN_FUTURE', { field: column.field }, {}, [{ field: column.field, problem: 'future' }]);
  }
  for (const [start, end] of definition.ordered ?? []) {
    const a = row[start];
    const b = row[end];
    if (typeof a === 'string' && typeof b === 'string' && b < a) throw new AppError('DATES_OUT_OF_ORDER', { field: end }, {}, [{ field: end, problem: 'beforeStart' }]);
  }
}

/** Creation needs these fields (400 naming the first one missing). */
export function checkRequired(definition: SectionDefinition, row: Record<string, unknown>): void {
  const missing = definition.columns.filter((c) => c.required && (row[c.field] === undefined || row[c.field] === null)).map((c) => c.field);
  if (missing.length) throw new AppError('VALIDATION_FAILED', {}, {}, missing.map((field) => ({ field, problem: 'required' })));
}
