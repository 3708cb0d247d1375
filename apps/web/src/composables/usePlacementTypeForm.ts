import { reactive, ref } from 'vue';
import type { PlacementKind, Sector, TargetKind } from '@jobbrygga/domain';
import {
  createPlacementType, updatePlacementType,
  type LocalPlacementTypeInput, type PlacementType, type PlacementTypeRulesInput,
} from '../api/placements';
import { checkRequired, checkWholeNumber, type Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';
import { today } from './usePlacementTypes';

/** Same limits as the API (apps/api/src/placement-types/dto.ts). */
export const TYPE_CODE_PATTERN = /^[a-z][a-z0-9_]{1,40}$/;
const NAME_MIN = 2;
const NAME_MAX = 100;
const WEEKS_MAX = 520;
const HOURS_MAX = 60;

/** Numbers are kept as the text the admin typed; empty means "no limit". */
export interface PlacementTypeDraft {
  code: string;
  kind: PlacementKind;
  nameSv: string;
  nameEn: string;
  nameAr: string;
  descriptionSv: string;
  descriptionEn: string;
  descriptionAr: string;
  paid: boolean;
  allowedSectors: Sector[];
  minWeeks: string;
  maxWeeks: string;
  maxHoursPerWeek: string;
  sfiCombinationRequired: boolean;
  requiresEstablishmentProgramme: boolean;
  supervisorRequired: boolean;
  decidedByEmploymentService: boolean;
  countsTowards: TargetKind[];
  validFrom: string;
  validTo: string;
  source: string;
}

function draftOf(type: PlacementType | null): PlacementTypeDraft {
  const number = (value: number | null): string => (value === null ? '' : String(value));
  if (!type) {
    return {
      code: '', kind: 'placement', nameSv: '', nameEn: '', nameAr: '', descriptionSv: '', descriptionEn: '', descriptionAr: '',
      paid: false, allowedSectors: ['private', 'public', 'non_profit'], minWeeks: '', maxWeeks: '', maxHoursPerWeek: '',
      sfiCombinationRequired: false, requiresEstablishmentProgramme: false, supervisorRequired: true, decidedByEmploymentService: false,
      countsTowards: [], validFrom: today(), validTo: '', source: '',
    };
  }
  return {
    code: type.code,
    kind: type.kind,
    nameSv: type.name.sv,
    nameEn: type.name.en,
    nameAr: type.name.ar,
    descriptionSv: type.description.sv,
    descriptionEn: type.description.en,
    descriptionAr: type.description.ar,
    paid: type.paid,
    allowedSectors: [...type.allowedSectors],
    minWeeks: number(type.minWeeks),
    maxWeeks: number(type.maxWeeks),
    maxHoursPerWeek: number(type.maxHoursPerWeek),
    sfiCombinationRequired: type.sfiCombinationRequired,
    requiresEstablishmentProgramme: type.requiresEstablishmentProgramme ?? false,
    supervisorRequired: type.supervisorRequired,
    decidedByEmploymentService: type.decidedByEmploymentService,
    countsTowards: [...type.countsTowards],
    validFrom: type.validFrom,
    validTo: type.validTo ?? '',
    source: type.source,
  };
}

function checkTypeName(value: string): Problem | null {
  const trimmed = value.trim();
  if (!trimmed) return { key: 'validation.required' };
  if (trimmed.length < NAME_MIN) return { key: 'placementTypes.form.nameTooShort', params: { min: NAME_MIN } };
  return trimmed.length > NAME_MAX ? { key: 'validation.tooLong', params: { max: NAME_MAX } } : null;
}

const optionalNumber = (value: string): number | null => (value.trim() ? Number(value) : null);

/**
 * The form for one placement type (admins): the municipality's own version of an existing type,
 * or a new local type when `type` is null. The API's field errors show at the field they name.
 */
export function usePlacementTypeForm(type: PlacementType | null) {
  const isNew = type === null;
  const form = reactive<PlacementTypeDraft>(draftOf(type));
  const saver = useAsyncAction();
  const saved = ref(false);

  const checks = useFieldChecks(
    {
      code: () => (!isNew ? null : checkRequired(form.code) ?? (TYPE_CODE_PATTERN.test(form.code.trim()) ? null : { key: 'placementTypes.form.codeFormat' })),
      nameSv: () => checkTypeName(form.nameSv),
      nameEn: () => checkTypeName(form.nameEn),
      nameAr: () => checkTypeName(form.nameAr),
      allowedSectors: () => (form.allowedSectors.length ? null : { key: 'placementTypes.form.sectorsRequired' }),
      minWeeks: () => checkWholeNumber(form.minWeeks, 0, WEEKS_MAX),
      maxWeeks: () => {
        const problem = checkWholeNumber(form.maxWeeks, 1, WEEKS_MAX);
        if (problem) return problem;
        const min = optionalNumber(form.minWeeks);
        const max = optionalNumber(form.maxWeeks);
        return min !== null && max !== null && Number.isInteger(min) && min > max ? { key: 'placementTypes.form.maxBelowMin' } : null;
      },
      maxHoursPerWeek: () => checkWholeNumber(form.maxHoursPerWeek, 1, HOURS_MAX),
      validFrom: () => checkRequired(form.validFrom),
      validTo: () => (form.validTo && form.validFrom && form.validTo <= form.validFrom ? { key: 'placementTypes.form.validToBeforeFrom' } : null),
    },
    saver.fieldError,
  );

  function rules(): PlacementTypeRulesInput {
    return {
      nameSv: form.nameSv.trim(),
      nameEn: form.nameEn.trim(),
      nameAr: form.nameAr.trim(),
      descriptionSv: form.descriptionSv.trim(),
      descriptionEn: form.descriptionEn.trim(),
      descriptionAr: form.descriptionAr.trim(),
      paid: form.paid,
      allowedSectors: [...form.allowedSectors],
      minWeeks: optionalNumber(form.minWeeks),
      maxWeeks: optionalNumber(form.maxWeeks),
      sfiCombinationRequired: form.sfiCombinationRequired,
      maxHoursPerWeek: optionalNumber(form.maxHoursPerWeek),
      requiresEstablishmentProgramme: form.requiresEstablishmentProgramme,
      supervisorRequired: form.supervisorRequired,
      decidedByEmploymentService: form.decidedByEmploymentService,
      countsTowards: [...form.countsTowards],
      validFrom: form.validFrom,
      validTo: form.validTo || null,
      source: form.source.trim(),
    };
  }

  /** Resolves with the saved type, or null when a check or the API said no. */
  async function submit(): Promise<PlacementType | null> {
    saved.value = false;
    if (!checks.validate()) return null;
    const body = rules();
    const result = await saver.run(() => {
      if (!type) {
        const created: LocalPlacementTypeInput = {
          ...body,
          code: form.code.trim(),
          kind: form.kind,
          nameSv: form.nameSv.trim(),
          nameEn: form.nameEn.trim(),
          nameAr: form.nameAr.trim(),
          paid: form.paid,
          allowedSectors: [...form.allowedSectors],
          validFrom: form.validFrom,
        };
        return createPlacementType(created);
      }
      return updatePlacementType(type.code, body);
    });
    if (!result.ok) return null;
    saved.value = true;
    return result.value;
  }

  return { isNew, form, errors: checks.errors, busy: saver.busy, error: saver.error, saved, submit };
}
