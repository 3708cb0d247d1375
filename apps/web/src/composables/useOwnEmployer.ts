import { computed, ref, shallowRef } from 'vue';
import type { Sector } from '@jobbrygga/domain';
import {
  createSite, createSupervisor, getEmployer, updateEmployer, updateSite, updateSupervisor,
  type EmployerDetail, type EmployerSite, type Supervisor,
} from '../api/employers';
import { listLanguages, listOccupationFields, listPlaces, type Concept, type OccupationField, type Place } from '../api/reference';
import { checkName, checkRequired, type Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { useFieldChecks } from './useFieldChecks';

export const SUPERVISOR_CAPACITY_MAX = 20;
/** "76231" or "762 31". */
const POSTAL_CODE = /^\d{3}\s?\d{2}$/;

function checkCapacity(value: string): Problem | null {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= SUPERVISOR_CAPACITY_MAX
    ? null
    : { key: 'employerPages.supervisors.capacityRange', params: { max: SUPERVISOR_CAPACITY_MAX } };
}

/** The logged-in contact's employer: what it is, its status, its sites and supervisors. */
export function useOwnEmployer() {
  const { me } = useAuth();
  const employerId = computed(() => me.value?.employerId ?? '');
  const employer = shallowRef<EmployerDetail | null>(null);
  const fields = shallowRef<readonly OccupationField[]>([]);
  const places = shallowRef<readonly Place[]>([]);
  const languages = shallowRef<readonly Concept[]>([]);
  const loader = useAsyncAction();
  const lists = useAsyncAction();

  // ---- the organisation
  const org = { name: ref(''), sector: ref<Sector>('private'), occupationFields: ref<readonly string[]>([]), description: ref('') };
  const orgAction = useAsyncAction();
  const orgSaved = ref(false);
  const orgChecks = useFieldChecks({ name: () => checkName(org.name.value) }, orgAction.fieldError);

  function fillOrg(detail: EmployerDetail): void {
    org.name.value = detail.name;
    org.sector.value = detail.sector;
    org.occupationFields.value = detail.occupationFields;
    org.description.value = detail.description ?? '';
  }

  async function load(): Promise<void> {
    if (!employerId.value) return;
    const result = await loader.run(() => getEmployer(employerId.value));
    if (!result.ok) return;
    employer.value = result.value;
    fillOrg(result.value);
    const municipality = me.value?.municipality.code ?? '';
    await lists.run(async () => {
      const [allFields, allPlaces, allLanguages] = await Promise.all([listOccupationFields(), listPlaces(municipality), listLanguages()]);
      fields.value = allFields;
      places.value = [...allPlaces].sort((a, b) => a.label.localeCompare(b.label, 'sv'));
      languages.value = allLanguages;
    });
  }

  async function saveOrg(): Promise<void> {
    orgSaved.value = false;
    if (!orgChecks.validate() || !employer.value) return;
    const result = await orgAction.run(() =>
      updateEmployer(employerId.value, {
        name: org.name.value.trim(),
        sector: org.sector.value,
        occupationFields: [...org.occupationFields.value],
        description: org.description.value.trim(),
      }),
    );
    if (!result.ok || !employer.value) return;
    employer.value = { ...employer.value, ...result.value };
    orgSaved.value = true;
  }

  // ---- sites: `editingSite` is null (form closed), '' (a new site) or the id being changed
  const editingSite = ref<string | null>(null);
  const site = { name: ref(''), streetAddress: ref(''), postalCode: ref(''), placeId: ref('') };
  const siteAction = useAsyncAction();
  const siteChecks = useFieldChecks(
    {
      name: () => checkName(site.name.value),
      placeId: () => checkRequired(site.placeId.value),
      postalCode: () => (!site.postalCode.value.trim() || POSTAL_CODE.test(site.postalCode.value.trim()) ? null : { key: 'employerPages.sites.postalCodeInvalid' }),
    },
    siteAction.fieldError,
  );

  function editSite(existing: EmployerSite | null): void {
    editingSite.value = existing?.id ?? '';
    site.name.value = existing?.name ?? '';
    site.streetAddress.value = existing?.streetAddress ?? '';
    site.postalCode.value = existing?.postalCode ?? '';
    site.placeId.value = existing?.placeId ?? '';
    siteChecks.reset();
    siteAction.clear();
  }

  async function saveSite(): Promise<boolean> {
    if (!siteChecks.validate() || editingSite.value === null) return false;
    const postal = site.postalCode.value.trim().replace(/^(\d{3})\s?(\d{2})$/, '$1 $2');
    const body = {
      name: site.name.value.trim(),
      streetAddress: site.streetAddress.value.trim() || undefined,
      postalCode: postal || undefined,
      placeId: site.placeId.value,
    };
    const id = editingSite.value;
    const result = await siteAction.run(() => (id ? updateSite(employerId.value, id, body) : createSite(employerId.value, body)));
    if (!result.ok || !employer.value) return false;
    const sites = id ? employer.value.sites.map((one) => (one.id === id ? result.value : one)) : [...employer.value.sites, result.value];
    employer.value = { ...employer.value, sites };
    editingSite.value = null;
    return true;
  }

  // ---- supervisors, the same way
  const editingSupervisor = ref<string | null>(null);
  const supervisor = { name: ref(''), languages: ref<readonly string[]>([]), capacity: ref('1'), trained: ref(false) };
  const supervisorAction = useAsyncAction();
  const supervisorChecks = useFieldChecks(
    { name: () => checkName(supervisor.name.value), capacity: () => checkCapacity(supervisor.capacity.value) },
    supervisorAction.fieldError,
  );

  function editSupervisor(existing: Supervisor | null): void {
    editingSupervisor.value = existing?.id ?? '';
    supervisor.name.value = existing?.name ?? '';
    supervisor.languages.value = existing?.languages ?? [];
    supervisor.capacity.value = String(existing?.capacity ?? 1);
    supervisor.trained.value = existing?.trained ?? false;
    supervisorChecks.reset();
    supervisorAction.clear();
  }

  async function saveSupervisor(): Promise<boolean> {
    if (!supervisorChecks.validate() || editingSupervisor.value === null) return false;
    const body = {
      name: supervisor.name.value.trim(),
      languages: [...supervisor.languages.value],
      capacity: Number(supervisor.capacity.value),
      trained: supervisor.trained.value,
    };
    const id = editingSupervisor.value;
    const result = await supervisorAction.run(() => (id ? updateSupervisor(employerId.value, id, body) : createSupervisor(employerId.value, body)));
    if (!result.ok || !employer.value) return false;
    const supervisors = id
      ? employer.value.supervisors.map((one) => (one.id === id ? result.value : one))
      : [...employer.value.supervisors, result.value];
    employer.value = { ...employer.value, supervisors };
    editingSupervisor.value = null;
    return true;
  }

  const languageLabel = computed(() => new Map(languages.value.map((language) => [language.conceptId, language.labelSv])));

  return {
    employerId,
    employer,
    fields,
    places,
    languages,
    languageLabel,
    loading: loader.busy,
    loadError: loader.error,
    listsError: lists.error,
    load,
    org: { ...org, errors: orgChecks.errors, busy: orgAction.busy, error: orgAction.error, saved: orgSaved, save: saveOrg },
    site: { ...site, editing: editingSite, errors: siteChecks.errors, busy: siteAction.busy, error: siteAction.error, edit: editSite, save: saveSite },
    supervisor: {
      ...supervisor,
      editing: editingSupervisor,
      errors: supervisorChecks.errors,
      busy: supervisorAction.busy,
      error: supervisorAction.error,
      edit: editSupervisor,
      save: saveSupervisor,
    },
  };
}
