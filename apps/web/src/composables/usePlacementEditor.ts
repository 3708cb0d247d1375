import { computed, reactive, ref, shallowRef, watch } from 'vue';
import {
  checkPlacementRules, PLACEMENT_RULE_ERRORS, typeValidOn,
  type JobTrackStepKind, type PlacementRule, type PlacementStatus, type SfiCourse, type Weekday,
} from '@jobbrygga/domain';
import { getEmployer, listEmployers, type EmployerDetail, type EmployerSummary } from '../api/employers';
import { changePlacementStatus, createPlacement, getPlacement, listPlacementTypes, updatePlacement, type PlacementInput, type PlacementType } from '../api/placements';
import {
  listDrivingLicences, listLanguages, listSkillsOfGroup, searchOccupations,
  type Concept, type DrivingLicence, type OccupationHit,
} from '../api/reference';
import { debounce } from '../utils/debounce';
import { checkRequired, type Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useLocale } from './useLocale';
import { useFieldChecks } from './useFieldChecks';
import { today } from './usePlacementTypes';

/** One step of a job track while it is edited; `key` keeps the row when steps move. */
export interface StepDraft {
  key: number;
  stepKind: JobTrackStepKind;
  title: string;
  weeks: string;
}

const HOURS_MAX = 40;
const SEATS_MAX = 50;

function checkWhole(value: string, min: number, max: number): Problem | null {
  const number = Number(value);
  return value.trim() && Number.isInteger(number) && number >= min && number <= max
    ? null
    : { key: 'employerPages.editor.wholeNumber', params: { min, max } };
}

/** Which rule a 422 answer names (RULE_MAX_HOURS → maxHoursPerWeek). */
function ruleOfCode(code: string): PlacementRule | undefined {
  return (Object.keys(PLACEMENT_RULE_ERRORS) as PlacementRule[]).find((rule) => PLACEMENT_RULE_ERRORS[rule] === code);
}

/**
 * An employer writes a placement or a job track. The chosen type's rules are checked in the browser
 * with the same function the API uses, so a broken rule shows before anything is sent.
 */
export function usePlacementEditor(placementId: string | undefined, forEmployerId?: string) {
  const { me } = useAuth();
  const { locale } = useLocale();
  /** Admins and job coaches choose the partner employers of a job track; an employer cannot. */
  const isStaff = computed(() => me.value?.role === 'admin' || me.value?.role === 'coach');
  /** Approved employers of the municipality, for the partner picker (staff only). */
  const partnerChoices = shallowRef<readonly EmployerSummary[]>([]);
  const employer = shallowRef<EmployerDetail | null>(null);
  const types = shallowRef<readonly PlacementType[]>([]);
  const licences = shallowRef<readonly DrivingLicence[]>([]);
  const languages = shallowRef<readonly Concept[]>([]);
  const skills = shallowRef<readonly Concept[]>([]);
  const status = ref<PlacementStatus>('draft');
  const loader = useAsyncAction();
  const saver = useAsyncAction();

  const form = reactive({
    typeCode: '',
    title: '',
    description: '',
    titleEn: '',
    descriptionEn: '',
    titleAr: '',
    descriptionAr: '',
    ssykCode: '',
    occupationNameId: '',
    occupationLabel: '',
    requiredSkills: [] as readonly string[],
    niceSkills: [] as readonly string[],
    minSfiCourse: '' as SfiCourse | '',
    helpfulLanguages: [] as readonly string[],
    licences: [] as readonly string[],
    siteId: '',
    supervisorId: '',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[],
    hoursPerWeek: '20',
    startDate: '',
    endDate: '',
    fitsSfiMorning: false,
    fitsSfiAfternoon: false,
    seats: '1',
    steps: [] as StepDraft[],
    partnerEmployerIds: [] as readonly string[],
  });
  let nextStepKey = 1;

  const type = computed(() => types.value.find((one) => one.code === form.typeCode));
  /** Types valid today and open to the employer's sector (and the placement's own type when editing). */
  const choosableTypes = computed(() =>
    types.value.filter(
      (one) =>
        one.code === form.typeCode ||
        (typeValidOn(one, today()) && (!employer.value || one.allowedSectors.includes(employer.value.sector))),
    ),
  );
  const isJobTrack = computed(() => type.value?.kind === 'jobTrack');

  /** What the type's rules say about the values now; empty before a type, a start and hours are chosen. */
  const violations = computed(() => {
    const chosen = type.value;
    const hours = Number(form.hoursPerWeek);
    if (!chosen || !employer.value || !form.startDate || !Number.isFinite(hours)) return [];
    return checkPlacementRules(chosen, {
      kind: chosen.kind,
      startDate: form.startDate,
      endDate: form.endDate || null,
      hoursPerWeek: hours,
      fitsSfiMorning: form.fitsSfiMorning,
      fitsSfiAfternoon: form.fitsSfiAfternoon,
      hasSupervisor: form.supervisorId !== '',
      employerSector: employer.value.sector,
    });
  });
  /** The rule the server's 422 named, if the last save was refused for one. */
  const serverRule = computed(() => (saver.error.value ? ruleOfCode(saver.error.value.code) : undefined));

  const checks = useFieldChecks(
    {
      typeCode: () => checkRequired(form.typeCode),
      title: () => checkRequired(form.title),
      startDate: () => checkRequired(form.startDate),
      endDate: () => (form.endDate && form.startDate && form.endDate < form.startDate ? { key: 'employerPages.editor.endBeforeStart' } : null),
      hoursPerWeek: () => checkWhole(form.hoursPerWeek, 1, HOURS_MAX),
      seats: () => checkWhole(form.seats, 1, SEATS_MAX),
      steps: () => (form.steps.some((step) => !step.title.trim() || (step.weeks.trim() !== '' && checkWhole(step.weeks, 1, 104))) ? { key: 'employerPages.steps.incomplete' } : null),
    },
    saver.fieldError,
  );

  // ---- occupation and skills
  const occupationQuery = ref('');
  const occupationHits = shallowRef<readonly OccupationHit[]>([]);
  const occupationSearch = useAsyncAction();
  const findOccupations = debounce(async (q: string) => {
    if (q.trim().length < 2) {
      occupationHits.value = [];
      return;
    }
    const result = await occupationSearch.run(() => searchOccupations(q.trim(), locale.value));
    if (result.ok && occupationQuery.value === q) occupationHits.value = result.value.slice(0, 10);
  }, 300);
  watch(occupationQuery, (q) => findOccupations(q));

  function chooseOccupation(hit: OccupationHit): void {
    form.ssykCode = hit.ssykCode;
    form.occupationNameId = hit.kind === 'occupation-name' ? hit.id : '';
    form.occupationLabel = hit.nameSv;
    occupationHits.value = [];
    occupationQuery.value = '';
  }
  watch(
    () => form.ssykCode,
    async (ssyk) => {
      try {
        skills.value = ssyk ? await listSkillsOfGroup(ssyk) : [];
      } catch {
        // Without the list the skills stay as they are; the rest of the form still works.
        skills.value = [];
      }
    },
  );

  // ---- job-track steps
  function addStep(): void {
    form.steps.push({ key: nextStepKey++, stepKind: 'praktik', title: '', weeks: '' });
  }
  function removeStep(index: number): void {
    form.steps.splice(index, 1);
  }
  function moveStep(index: number, by: -1 | 1): void {
    const target = index + by;
    if (target < 0 || target >= form.steps.length) return;
    const [step] = form.steps.splice(index, 1);
    form.steps.splice(target, 0, step);
  }

  /**
   * Staff: approved employers of the municipality whose name or org.nr matches the filter, asked of
   * the API (a municipality may have hundreds), the ones already chosen kept so their names show.
   */
  async function searchPartners(text: string): Promise<readonly { conceptId: string; labelSv: string }[]> {
    if (!isStaff.value) return [];
    const page = await listEmployers({ status: 'approved', q: text, limit: 20, offset: 0 });
    const known = new Map(partnerChoices.value.map((choice) => [choice.id, choice]));
    for (const item of page.items) known.set(item.id, item);
    partnerChoices.value = [...known.values()];
    return page.items.filter((item) => item.id !== employer.value?.id).map((item) => ({ conceptId: item.id, labelSv: item.name }));
  }

  async function load(): Promise<void> {
    await loader.run(async () => {
      // Staff editing a placement: the employer is the placement's own.
      const existing = placementId ? await getPlacement(placementId) : null;
      const employerId = existing?.employer.id || forEmployerId || me.value?.employerId;
      if (!employerId) return;
      if (isStaff.value) {
        try {
          partnerChoices.value = (await listEmployers({ status: 'approved', limit: 20, offset: 0 })).items;
        } catch {
          // Without the list the picker starts empty; typing still asks the API.
          partnerChoices.value = [];
        }
      }
      const [own, allTypes, allLicences, allLanguages] = await Promise.all([
        getEmployer(employerId),
        listPlacementTypes(),
        listDrivingLicences(),
        listLanguages(),
      ]);
      employer.value = own;
      types.value = allTypes;
      licences.value = allLicences;
      languages.value = allLanguages;
      if (!existing) return;
      const placement = existing;
      // The partners' names, also of those not among the first employers listed.
      const listed = new Set(partnerChoices.value.map((choice) => choice.id));
      partnerChoices.value = [
        ...partnerChoices.value,
        ...placement.partners.filter((partner) => !listed.has(partner.id)).map((partner) => ({ id: partner.id, name: partner.name }) as EmployerSummary),
      ];
      status.value = placement.status;
      Object.assign(form, {
        typeCode: placement.type.code,
        title: placement.title,
        description: placement.description,
        titleEn: placement.translations.en?.title ?? '',
        descriptionEn: placement.translations.en?.description ?? '',
        titleAr: placement.translations.ar?.title ?? '',
        descriptionAr: placement.translations.ar?.description ?? '',
        ssykCode: placement.ssyk ?? '',
        occupationNameId: placement.occupationNameId ?? '',
        occupationLabel: placement.occupation ?? '',
        requiredSkills: [...placement.requiredSkills],
        niceSkills: [...placement.niceSkills],
        minSfiCourse: placement.minSfiCourse ?? '',
        helpfulLanguages: [...placement.helpfulLanguages],
        licences: [...placement.licences],
        siteId: placement.site?.id ?? '',
        days: [...placement.days],
        hoursPerWeek: String(placement.hoursPerWeek),
        startDate: placement.startDate,
        endDate: placement.endDate ?? '',
        fitsSfiMorning: placement.fitsSfiMorning,
        fitsSfiAfternoon: placement.fitsSfiAfternoon,
        seats: String(placement.seats),
        partnerEmployerIds: placement.partners.map((partner) => partner.id),
        steps: placement.steps.map((step) => ({ key: nextStepKey++, stepKind: step.stepKind, title: step.title, weeks: step.weeks === null ? '' : String(step.weeks) })),
      });
      const supervisorId = (placement as { supervisorId?: string | null }).supervisorId;
      if (supervisorId) form.supervisorId = supervisorId;
    });
  }

  function input(): PlacementInput {
    const translation = (title: string, description: string) =>
      title.trim() || description.trim() ? { title: title.trim() || undefined, description: description.trim() || undefined } : undefined;
    return {
      typeCode: form.typeCode,
      title: form.title.trim(),
      description: form.description.trim() || undefined,
      translations: { en: translation(form.titleEn, form.descriptionEn), ar: translation(form.titleAr, form.descriptionAr) },
      ssykCode: form.ssykCode || undefined,
      occupationNameId: form.occupationNameId || undefined,
      requiredSkills: [...form.requiredSkills],
      niceSkills: [...form.niceSkills],
      minSfiCourse: form.minSfiCourse || null,
      helpfulLanguages: [...form.helpfulLanguages],
      licences: [...form.licences],
      siteId: form.siteId || undefined,
      supervisorId: form.supervisorId || undefined,
      days: [...form.days],
      hoursPerWeek: Number(form.hoursPerWeek),
      startDate: form.startDate,
      endDate: form.endDate || null,
      fitsSfiMorning: form.fitsSfiMorning,
      fitsSfiAfternoon: form.fitsSfiAfternoon,
      seats: Number(form.seats),
      ...(isJobTrack.value
        ? { steps: form.steps.map((step) => ({ stepKind: step.stepKind, title: step.title.trim(), weeks: step.weeks.trim() ? Number(step.weeks) : undefined })) }
        : {}),
      ...(isJobTrack.value && isStaff.value ? { partnerEmployerIds: [...form.partnerEmployerIds] } : {}),
    };
  }

  /** Saves as a draft or publishes (status open); true when the API accepted it. */
  async function save(target: 'draft' | 'open'): Promise<boolean> {
    if (!checks.validate() || violations.value.length > 0) return false;
    const body = input();
    const result = await saver.run(async () => {
      if (!placementId) {
        return createPlacement({ ...body, status: target, ...(isStaff.value && employer.value ? { employerId: employer.value.id } : {}) });
      }
      // A placement keeps its type: a different type is a new placement.
      const { typeCode: _type, ...changes } = body;
      const updated = await updatePlacement(placementId, changes);
      if (target === 'open' && (updated.status === 'draft' || updated.status === 'filled')) {
        return changePlacementStatus(placementId, 'open');
      }
      return updated;
    });
    return result.ok;
  }

  return {
    form,
    status,
    employer,
    type,
    choosableTypes,
    isJobTrack,
    isStaff,
    partnerChoices,
    searchPartners,
    licences,
    languages,
    skills,
    violations,
    serverRule,
    occupationQuery,
    occupationHits,
    occupationSearching: occupationSearch.busy,
    chooseOccupation,
    addStep,
    removeStep,
    moveStep,
    errors: checks.errors,
    loading: loader.busy,
    loadError: loader.error,
    busy: saver.busy,
    error: saver.error,
    load,
    save,
  };
}
