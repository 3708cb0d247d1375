import { computed, reactive, ref } from 'vue';
import { TARGET_FILTERS, TARGET_UNIT, type ReportTargetKind, type Target, type TargetFilters, type TargetInput } from '@jobbrygga/domain';
import { createTarget, updateTarget } from '../api/reports';
import { presetPeriod, isIsoDay } from '../utils/report-period';
import { checkRequired, type Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';

/** Same limits as the API (apps/api/src/reports/reports.controller.ts). */
export const TARGET_NAME_MAX = 200;
export const TARGET_OWNER_MAX = 200;
export const TARGET_NOTE_MAX = 2000;
const VALUE_MAX = 1_000_000;

export type MunicipalOwnChoice = 'all' | 'own' | 'other';

/** What the admin types; numbers are kept as text (a comma is a decimal point too). */
export interface TargetDraft {
  name: string;
  kind: ReportTargetKind;
  periodStart: string;
  periodEnd: string;
  owner: string;
  baseline: string;
  value: string;
  placementTypes: string[];
  municipalOwn: MunicipalOwnChoice;
  occupationField: string;
  note: string;
}

/** The fields a problem can be shown at (the API's names; filters as "filters.x"). */
export type TargetField = 'name' | 'kind' | 'periodStart' | 'periodEnd' | 'owner' | 'baseline' | 'value' | 'filters.placementTypes' | 'filters.municipalOwn' | 'filters.occupationField' | 'note';

function draftOf(target: Target | null): TargetDraft {
  if (!target) {
    const year = presetPeriod('thisYear');
    return {
      name: '', kind: 'placements_started', periodStart: year.from, periodEnd: year.to, owner: '', baseline: '0', value: '',
      placementTypes: [], municipalOwn: 'all', occupationField: '', note: '',
    };
  }
  const filters = target.filters ?? {};
  return {
    name: target.name,
    kind: target.kind,
    periodStart: target.periodStart,
    periodEnd: target.periodEnd,
    owner: target.owner,
    baseline: String(target.baseline),
    value: String(target.value),
    placementTypes: [...(filters.placementTypes ?? [])],
    municipalOwn: filters.municipalOwn === true ? 'own' : filters.municipalOwn === false ? 'other' : 'all',
    occupationField: filters.occupationField ?? '',
    note: target.note ?? '',
  };
}

/** "12,5" or "12.5" → 12.5; anything else → NaN. */
export function parseDecimal(value: string): number {
  const text = value.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
}

function checkText(value: string, max: number): Problem | null {
  return checkRequired(value) ?? (value.trim().length > max ? { key: 'validation.tooLong', params: { max } } : null);
}

function checkNumber(value: string, percent: boolean, positive: boolean): Problem | null {
  if (!value.trim()) return { key: 'validation.required' };
  const number = parseDecimal(value);
  if (Number.isNaN(number)) return { key: 'reports.targetForm.numberFormat' };
  if (positive && number <= 0) return { key: 'reports.targetForm.numberPositive' };
  if (percent && number > 100) return { key: 'reports.targetForm.percentMax' };
  return number > VALUE_MAX ? { key: 'reports.targetForm.numberMax', params: { max: VALUE_MAX } } : null;
}

/**
 * The form for one target (admins): a new one when `target` is null. Only the filters the chosen
 * kind reads are shown and sent. The API's field problems show at the field they name.
 */
export function useTargetForm(target: Target | null) {
  const isNew = target === null;
  const form = reactive<TargetDraft>(draftOf(target));
  const saver = useAsyncAction();
  const saved = ref(false);

  const unit = computed(() => TARGET_UNIT[form.kind]);
  const filterKeys = computed<readonly (keyof TargetFilters)[]>(() => TARGET_FILTERS[form.kind]);
  const reads = (key: keyof TargetFilters): boolean => filterKeys.value.includes(key);

  const checks = useFieldChecks<TargetField>(
    {
      name: () => checkText(form.name, TARGET_NAME_MAX),
      kind: () => null,
      periodStart: () => (isIsoDay(form.periodStart) ? null : { key: 'reports.period.invalidDate' }),
      periodEnd: () => {
        if (!isIsoDay(form.periodEnd)) return { key: 'reports.period.invalidDate' };
        return isIsoDay(form.periodStart) && form.periodEnd < form.periodStart ? { key: 'reports.targetForm.endBeforeStart' } : null;
      },
      owner: () => checkText(form.owner, TARGET_OWNER_MAX),
      baseline: () => checkNumber(form.baseline, unit.value === 'percent', false),
      value: () => checkNumber(form.value, unit.value === 'percent', true),
      'filters.placementTypes': () => null,
      'filters.municipalOwn': () => null,
      'filters.occupationField': () => null,
      note: () => (form.note.trim().length > TARGET_NOTE_MAX ? { key: 'validation.tooLong', params: { max: TARGET_NOTE_MAX } } : null),
    },
    saver.fieldError,
  );

  function filters(): TargetFilters {
    const result: TargetFilters = {};
    if (reads('placementTypes') && form.placementTypes.length) result.placementTypes = [...form.placementTypes];
    if (reads('municipalOwn') && form.municipalOwn !== 'all') result.municipalOwn = form.municipalOwn === 'own';
    if (reads('occupationField') && form.occupationField) result.occupationField = form.occupationField;
    return result;
  }

  function input(): TargetInput {
    return {
      name: form.name.trim(),
      kind: form.kind,
      periodStart: form.periodStart,
      periodEnd: form.periodEnd,
      owner: form.owner.trim(),
      baseline: parseDecimal(form.baseline),
      value: parseDecimal(form.value),
      filters: filters(),
      note: form.note.trim() || null,
    };
  }

  /** Problems from the checks or the API, in field order, for the summary at the top of the form. */
  const problems = computed(() =>
    (Object.entries(checks.errors.value) as [TargetField, string | undefined][]).flatMap(([field, message]) => (message ? [{ field, message }] : [])),
  );

  /** Resolves with the saved target, or null when a check or the API said no. */
  async function submit(): Promise<Target | null> {
    saved.value = false;
    saver.clear();
    if (!checks.validate()) return null;
    const body = input();
    const result = await saver.run(() => (target ? updateTarget(target.id, body) : createTarget(body)));
    if (!result.ok) return null;
    saved.value = true;
    return result.value;
  }

  return { isNew, form, unit, reads, errors: checks.errors, problems, busy: saver.busy, error: saver.error, saved, submit };
}
