import {
  EXIT_REASONS, LANGUAGE_LEVELS, SFI_COURSES, SFI_RESULTS, STATUS_90_DAYS,
  type ItemProvenance, type LearnerProfile, type ProfileSection,
} from '@jobbrygga/domain';
import type { SectionInput } from '../api/learners';
import type { Problem } from '../utils/validation';

/*
 * The list sections of a learner's profile as data: which fields each item has, how a form's text
 * becomes the body the API takes, and the checks the browser can make before sending. One form
 * component renders any section from this.
 */

export type FieldKind = 'date' | 'text' | 'number' | 'enum' | 'country' | 'sunLevel' | 'sunField' | 'language' | 'occupation' | 'skill';

export interface FieldSpec {
  /** The API's field name (for an occupation: ssykCode; occupationNameId goes with it). */
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** For enum: the values, labelled with `learners.values.<valuesKey>.<value>`. */
  values?: readonly string[];
  valuesKey?: string;
  /** A date that cannot be later than today. */
  past?: boolean;
  /** A date that may not be before this other field's date. */
  notBefore?: string;
  min?: number;
  max?: number;
  /** Decimals allowed in a number (0: whole numbers). */
  decimals?: number;
  maxLength?: number;
  /** Cannot be changed once the item exists (what makes the item: a skill, a language). */
  fixed?: boolean;
}

export interface SectionSpec {
  section: ProfileSection;
  /** Where the profile holds the items. */
  key: 'establishment' | 'education' | 'experience' | 'skills' | 'languages' | 'sfiCourses';
  fields: readonly FieldSpec[];
  /** Checks across fields (the API's own rules, told before sending). */
  across?: (draft: Draft) => { field: string; problem: Problem } | null;
}

/** What a section form holds while it is edited: text per field, plus labels for chosen concepts. */
export type Draft = Record<string, string>;

export const SECTION_SPECS: readonly SectionSpec[] = [
  {
    section: 'sfi-courses',
    key: 'sfiCourses',
    fields: [
      { name: 'course', kind: 'enum', values: SFI_COURSES, valuesKey: 'sfiCourse', required: true },
      { name: 'startDate', kind: 'date', required: true, past: true },
      { name: 'result', kind: 'enum', values: SFI_RESULTS, valuesKey: 'sfiResult', required: true },
      { name: 'endDate', kind: 'date', past: true, notBefore: 'startDate' },
    ],
    across: (draft) => (draft.result && draft.result !== 'continuing' && !draft.endDate ? { field: 'endDate', problem: { key: 'learners.checks.endDateNeeded' } } : null),
  },
  {
    section: 'languages',
    key: 'languages',
    fields: [
      { name: 'languageId', kind: 'language', required: true, fixed: true },
      { name: 'level', kind: 'enum', values: LANGUAGE_LEVELS, valuesKey: 'languageLevel', required: true },
    ],
  },
  {
    section: 'education',
    key: 'education',
    fields: [
      { name: 'sunLevel', kind: 'sunLevel', required: true },
      { name: 'sunField', kind: 'sunField' },
      { name: 'title', kind: 'text', maxLength: 200 },
      { name: 'country', kind: 'country' },
      { name: 'years', kind: 'number', min: 0, max: 30, decimals: 0 },
    ],
  },
  {
    section: 'experience',
    key: 'experience',
    fields: [
      { name: 'ssykCode', kind: 'occupation', required: true },
      { name: 'title', kind: 'text', maxLength: 200 },
      { name: 'years', kind: 'number', min: 0, max: 60, decimals: 1 },
      { name: 'country', kind: 'country' },
    ],
  },
  {
    section: 'skills',
    key: 'skills',
    fields: [{ name: 'skillId', kind: 'skill', required: true, fixed: true }],
  },
  {
    section: 'establishment',
    key: 'establishment',
    fields: [
      { name: 'residencePermitDate', kind: 'date', past: true },
      { name: 'programmeStart', kind: 'date', past: true, notBefore: 'residencePermitDate' },
      { name: 'exitDate', kind: 'date', past: true, notBefore: 'programmeStart' },
      { name: 'exitReason', kind: 'enum', values: EXIT_REASONS, valuesKey: 'exitReason' },
      { name: 'status90Days', kind: 'enum', values: STATUS_90_DAYS, valuesKey: 'status90Days' },
    ],
    across: (draft) => {
      if (!draft.residencePermitDate && !draft.programmeStart) return { field: 'programmeStart', problem: { key: 'learners.checks.permitOrStart' } };
      if (!draft.exitDate && (draft.exitReason || draft.status90Days)) return { field: 'exitDate', problem: { key: 'learners.checks.exitDateNeeded' } };
      return null;
    },
  },
];

export function sectionSpec(section: ProfileSection): SectionSpec {
  return SECTION_SPECS.find((spec) => spec.section === section)!;
}

/** Any item of any section, as the profile holds it. */
export type SectionItem = LearnerProfile[SectionSpec['key']][number];

/** An empty form, or the form for changing `item`. */
export function draftOf(spec: SectionSpec, item?: SectionItem): Draft {
  const draft: Draft = { verified: item?.verification === 'verified' ? 'yes' : '' };
  const values = (item ?? {}) as unknown as Record<string, unknown>;
  for (const field of spec.fields) {
    const value = values[field.name];
    draft[field.name] = value === null || value === undefined ? '' : String(value);
  }
  if (spec.section === 'experience' && item) {
    const experience = item as LearnerProfile['experience'][number];
    draft.occupationNameId = experience.occupationNameId ?? '';
    draft.occupationLabel = experience.occupationLabel ?? experience.ssykLabel ?? experience.escoLabelEn ?? '';
    // An item made from an ESCO occupation alone has no group; it stays as it is unless one is chosen.
    draft.escoUri = experience.escoUri ?? '';
  }
  if (spec.section === 'skills' && item) draft.skillLabel = (item as LearnerProfile['skills'][number]).label;
  return draft;
}

/** The body the API takes for the form; `creating` leaves out empty optional fields. */
export function bodyOf(spec: SectionSpec, draft: Draft, creating: boolean): SectionInput {
  const body: Record<string, unknown> = {};
  for (const field of spec.fields) {
    if (field.fixed && !creating) continue;
    const text = (draft[field.name] ?? '').trim();
    if (field.kind === 'occupation') {
      if (!text && draft.escoUri) continue;
      body.ssykCode = text || null;
      body.occupationNameId = draft.occupationNameId || null;
      continue;
    }
    if (text === '') {
      if (!creating && !field.required) body[field.name] = null;
      continue;
    }
    body[field.name] = field.kind === 'number' ? Number(text.replace(',', '.')) : field.kind === 'country' ? text.toUpperCase() : text;
  }
  if (draft.verified === 'yes') body.verification = 'verified';
  else if (!creating) body.verification = 'self_reported';
  return body as SectionInput;
}

/** Today in Sweden as YYYY-MM-DD (dates in the profile are Swedish calendar days). */
export function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The checks of one field; `null` when it is fine. */
export function checkField(spec: SectionSpec, field: FieldSpec, draft: Draft, creating: boolean): Problem | null {
  const text = (draft[field.name] ?? '').trim();
  if (!text) {
    if (field.kind === 'occupation') return draft.escoUri ? null : { key: 'learners.checks.chooseOccupation' };
    if (field.required && (creating || !field.fixed)) return { key: 'validation.required' };
  } else {
    switch (field.kind) {
      case 'date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { key: 'learners.checks.date' };
        if (field.past && text > swedishToday()) return { key: 'learners.checks.future' };
        if (field.notBefore && draft[field.notBefore] && text < draft[field.notBefore]) return { key: 'learners.checks.beforeStart' };
        break;
      case 'number': {
        const number = Number(text.replace(',', '.'));
        const factor = 10 ** (field.decimals ?? 0);
        if (!Number.isFinite(number) || number < (field.min ?? 0) || number > (field.max ?? 100) || Math.abs(Math.round(number * factor) - number * factor) > 1e-9) {
          return { key: field.decimals ? 'learners.checks.decimal' : 'learners.checks.whole', params: { min: field.min ?? 0, max: field.max ?? 100 } };
        }
        break;
      }
      case 'country':
        if (!/^[A-Za-z]{2}$/.test(text)) return { key: 'learners.checks.country' };
        break;
      case 'text':
        if (field.maxLength && text.length > field.maxLength) return { key: 'validation.tooLong', params: { max: field.maxLength } };
        break;
    }
  }
  const across = spec.across?.(draft);
  return across && across.field === field.name ? across.problem : null;
}

/** Whether the item was verified by staff: the tag every item shows. */
export function isVerified(item: ItemProvenance): boolean {
  return item.verification === 'verified';
}
