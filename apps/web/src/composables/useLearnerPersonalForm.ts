import { reactive, shallowRef } from 'vue';
import {
  LOCALES, INTERVIEW_LANGUAGES,
  type Gender, type LearnerProfile, type SfiLessonTime, type TravelMode,
} from '@jobbrygga/domain';
import type { LearnerFieldsInput } from '../api/learners';
import { listDrivingLicences, listOccupationFields, listPlaces, type DrivingLicence, type OccupationField, type Place } from '../api/reference';
import { listAllUsers, type UserSummary } from '../api/users';
import { checkEmail, checkName, checkWholeNumber } from '../utils/validation';
import { useAuth } from './useAuth';
import { useFieldChecks } from './useFieldChecks';
import { swedishToday } from './useLearnerSections';

/** Languages a learner may prefer: the product's languages and the interview's (as the API allows). */
export const PREFERRED_LANGUAGES = [...new Set<string>([...LOCALES, ...INTERVIEW_LANGUAGES])];

const NAME_MAX = 100;

/**
 * The personal part of a profile as a form: the few fields a new profile needs (`creating`), or
 * all of them for a change. Places are those of the coach's municipality. Admins choose the
 * responsible coach of a new profile (coaches get it themselves).
 */
export function useLearnerPersonalForm(creating: boolean, serverFieldError: (field: string) => string | undefined) {
  const { me } = useAuth();
  const places = shallowRef<readonly Place[]>([]);
  const licences = shallowRef<readonly DrivingLicence[]>([]);
  const occupationFields = shallowRef<readonly OccupationField[]>([]);
  const coaches = shallowRef<readonly UserSummary[]>([]);
  const listsFailed = shallowRef(false);
  const isAdmin = me.value?.role === 'admin';

  const form = reactive({
    firstName: '',
    lastName: '',
    birthYear: '',
    gender: 'unknown' as Gender,
    preferredLanguages: [] as readonly string[],
    protectedIdentity: false,
    homePlaceId: '',
    coachId: '',
    email: '',
    phone: '',
    sfiStudyPath: '' as '' | '1' | '2' | '3',
    licences: [] as readonly string[],
    availableFrom: '',
    hoursPerWeek: '',
    sfiLessonTime: '' as SfiLessonTime | '',
    travelMinutes: '',
    travelModes: [] as readonly TravelMode[],
    interestFields: [] as readonly string[],
  });
  /** Contact and home place are hidden from this caller (protected identity): never sent back. */
  const hidden = shallowRef(false);

  const year = Number(swedishToday().slice(0, 4));
  const checks = useFieldChecks(
    {
      firstName: () => (checkName(form.firstName) ?? (form.firstName.trim().length > NAME_MAX ? { key: 'validation.tooLong', params: { max: NAME_MAX } } : null)),
      lastName: () => (checkName(form.lastName) ?? (form.lastName.trim().length > NAME_MAX ? { key: 'validation.tooLong', params: { max: NAME_MAX } } : null)),
      birthYear: () =>
        !form.birthYear.trim() ? { key: 'validation.required' } : checkWholeNumber(form.birthYear, 1900, year - 16) && { key: 'learners.checks.birthYear', params: { max: year - 16 } },
      email: () => (creating || hidden.value || !form.email.trim() ? null : checkEmail(form.email)),
      phone: () => (creating || hidden.value || !form.phone.trim() || /^\+?[0-9 ()-]{5,25}$/.test(form.phone.trim()) ? null : { key: 'learners.checks.phone' }),
      hoursPerWeek: () => checkWholeNumber(form.hoursPerWeek, 1, 60),
      travelMinutes: () => checkWholeNumber(form.travelMinutes, 0, 240),
      preferredLanguages: () => (form.preferredLanguages.length > 5 ? { key: 'learners.checks.atMost', params: { max: 5 } } : null),
    },
    serverFieldError,
  );

  async function loadLists(): Promise<void> {
    const code = me.value?.municipality.code;
    const results = await Promise.allSettled([
      code ? listPlaces(code) : Promise.resolve([]),
      creating ? Promise.resolve([]) : listDrivingLicences(),
      creating ? Promise.resolve([]) : listOccupationFields(),
      creating && isAdmin ? listAllUsers('coach') : Promise.resolve([]),
    ]);
    const [placeList, licenceList, fieldList, coachList] = results;
    if (placeList.status === 'fulfilled') places.value = [...placeList.value].sort((a, b) => a.label.localeCompare(b.label, 'sv'));
    if (licenceList.status === 'fulfilled') licences.value = licenceList.value;
    if (fieldList.status === 'fulfilled') occupationFields.value = fieldList.value;
    if (coachList.status === 'fulfilled') coaches.value = coachList.value.filter((coach) => coach.active);
    listsFailed.value = results.some((result) => result.status === 'rejected');
  }

  /** Fills the form from the profile (before a change). */
  function fill(profile: LearnerProfile): void {
    hidden.value = profile.hidden;
    Object.assign(form, {
      firstName: profile.firstName,
      lastName: profile.lastName,
      birthYear: String(profile.birthYear),
      gender: profile.gender,
      preferredLanguages: [...profile.preferredLanguages],
      protectedIdentity: profile.protectedIdentity,
      homePlaceId: profile.homePlaceId ?? '',
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      sfiStudyPath: profile.sfiStudyPath ? (String(profile.sfiStudyPath) as '1' | '2' | '3') : '',
      licences: [...profile.licences],
      availableFrom: profile.availableFrom ?? '',
      hoursPerWeek: profile.hoursPerWeek === null ? '' : String(profile.hoursPerWeek),
      sfiLessonTime: profile.sfiLessonTime ?? '',
      travelMinutes: profile.travelMinutes === null ? '' : String(profile.travelMinutes),
      travelModes: [...profile.travelModes],
      interestFields: profile.interestFields.map((field) => field.id),
    });
    checks.reset();
  }

  const numberOrNull = (text: string) => (text.trim() ? Number(text.trim()) : null);

  /** The body for the API. A new profile leaves out what was not filled in. */
  function body(): LearnerFieldsInput & { firstName: string; lastName: string; birthYear: number; coachId?: string } {
    const base = {
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      birthYear: Number(form.birthYear.trim()),
      gender: form.gender,
      preferredLanguages: [...form.preferredLanguages],
      protectedIdentity: form.protectedIdentity,
    };
    if (creating) {
      return {
        ...base,
        ...(form.homePlaceId ? { homePlaceId: form.homePlaceId } : {}),
        ...(isAdmin && form.coachId ? { coachId: form.coachId } : {}),
      };
    }
    return {
      ...base,
      ...(hidden.value ? {} : { homePlaceId: form.homePlaceId || null, email: form.email.trim() || null, phone: form.phone.trim() || null }),
      sfiStudyPath: form.sfiStudyPath ? (Number(form.sfiStudyPath) as 1 | 2 | 3) : null,
      licences: [...form.licences],
      availableFrom: form.availableFrom || null,
      hoursPerWeek: numberOrNull(form.hoursPerWeek),
      sfiLessonTime: form.sfiLessonTime || null,
      travelMinutes: numberOrNull(form.travelMinutes),
      travelModes: [...form.travelModes],
      interestFields: [...form.interestFields],
    };
  }

  return { form, hidden, places, licences, occupationFields, coaches, listsFailed, isAdmin, errors: checks.errors, validate: checks.validate, reset: checks.reset, loadLists, fill, body };
}
