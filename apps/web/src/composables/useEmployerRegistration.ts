import { computed, ref, shallowRef } from 'vue';
import { normaliseOrganisationNumber, type Sector } from '@jobbrygga/domain';
import { registerEmployer } from '../api/employers';
import { listMunicipalities, listOccupationFields, type Municipality, type OccupationField } from '../api/reference';
import { currentLocale } from '../modules/i18n';
import { checkEmail, checkName, checkRequired } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';
import { useFieldChecks } from './useFieldChecks';
import { usePasswordChoice } from './usePasswordChoice';

/** Which field an error code of the registration belongs to. */
const FIELD_OF_CODE: Record<string, string> = {
  ORGANISATION_NUMBER_INVALID: 'organisationNumber',
  ORGANISATION_EXISTS: 'organisationNumber',
  EMAIL_TAKEN: 'email',
  MUNICIPALITY_NOT_SERVED: 'municipalityCode',
};

/**
 * A workplace registers itself (public): the organisation and its first contact. The organisation
 * number is checked and normalised here before it is sent; afterwards the contact confirms the
 * e-mail address and the municipality reviews the registration.
 */
export function useEmployerRegistration() {
  const municipalityCode = ref('');
  const name = ref('');
  const organisationNumber = ref('');
  const sector = ref<Sector | ''>('');
  const municipalOwn = ref(false);
  const occupationFields = ref<readonly string[]>([]);
  const description = ref('');
  const contactName = ref('');
  const email = ref('');
  const done = ref(false);

  const municipalities = shallowRef<readonly Municipality[]>([]);
  const fields = shallowRef<readonly OccupationField[]>([]);
  const loader = useAsyncAction();
  const action = useAsyncAction();

  function serverFieldError(field: string): string | undefined {
    const error = action.error.value;
    if (error && FIELD_OF_CODE[error.code] === field) return error.message;
    return action.fieldError(field);
  }

  const passwords = usePasswordChoice(serverFieldError);
  /** The organisation number as it will be sent, or null while it is not a valid one. */
  const normalisedNumber = computed(() => normaliseOrganisationNumber(organisationNumber.value));

  const checks = useFieldChecks(
    {
      municipalityCode: () => checkRequired(municipalityCode.value),
      name: () => checkName(name.value),
      organisationNumber: () =>
        checkRequired(organisationNumber.value) ?? (normalisedNumber.value ? null : { key: 'employerPages.register.orgNumberInvalid' }),
      sector: () => checkRequired(sector.value),
      contactName: () => checkName(contactName.value),
      email: () => checkEmail(email.value),
    },
    serverFieldError,
  );

  async function load(): Promise<void> {
    await loader.run(async () => {
      const [allMunicipalities, allFields] = await Promise.all([listMunicipalities(), listOccupationFields()]);
      municipalities.value = [...allMunicipalities].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      fields.value = allFields;
    });
  }

  async function submit(): Promise<boolean> {
    const fieldsOk = checks.validate();
    const passwordOk = passwords.validate();
    if (!fieldsOk || !passwordOk || !normalisedNumber.value || !sector.value) return false;
    const result = await action.run(() =>
      registerEmployer({
        municipalityCode: municipalityCode.value,
        name: name.value.trim(),
        organisationNumber: normalisedNumber.value ?? '',
        sector: sector.value as Sector,
        municipalOwn: municipalOwn.value,
        occupationFields: [...occupationFields.value],
        description: description.value.trim() || undefined,
        contactName: contactName.value.trim(),
        email: email.value.trim(),
        password: passwords.password.value,
        locale: currentLocale(),
      }),
    );
    done.value = result.ok;
    return result.ok;
  }

  return {
    municipalityCode,
    name,
    organisationNumber,
    normalisedNumber,
    sector,
    municipalOwn,
    occupationFields,
    description,
    contactName,
    email,
    password: passwords.password,
    repeat: passwords.repeat,
    errors: computed(() => ({ ...checks.errors.value, ...passwords.errors.value })),
    municipalities,
    fields,
    loadError: loader.error,
    busy: action.busy,
    error: action.error,
    done,
    load,
    submit,
  };
}
