import { reactive, shallowRef } from 'vue';
import {
  CONSENT_PURPOSES,
  type ConsentPurpose, type Gender, type InterviewLanguage, type LearnerProfile, type SfiLessonTime, type SfiStudyPath, type TravelMode,
} from '@jobbrygga/domain';
import { addItem, getLearner, setConsent, updateItem, updateLearner, type LearnerFieldsInput } from '../api/learners';
import { searchOccupations } from '../api/reference';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { changedFields as changed, numberOrNull, orNull, useInterviewItems } from './useInterviewItems';
import { useInterviewReference } from './useInterviewReference';
import { isInterviewLanguage } from './useInterviewTexts';

/** The steps of the mapping interview, in the order the conversation takes. */
export const INTERVIEW_STEPS = ['personal', 'establishment', 'education', 'experience', 'skills', 'languages', 'sfi', 'availability', 'interests', 'consent'] as const;
export type InterviewStep = (typeof INTERVIEW_STEPS)[number];

export function isInterviewStep(value: unknown): value is InterviewStep {
  return typeof value === 'string' && (INTERVIEW_STEPS as readonly string[]).includes(value);
}

/** The learner's first preferred language that the interview has translations for (English otherwise). */
export function defaultInterviewLanguage(preferred: readonly string[]): InterviewLanguage {
  return preferred.find(isInterviewLanguage) ?? 'en';
}

type Answer = '' | 'yes' | 'no';

/** What the forms of the steps hold while the coach and the learner talk. */
function blankDrafts() {
  return {
    personal: { preferredLanguages: [] as readonly string[], phone: '', email: '', gender: '' as Gender | '' },
    establishment: { residencePermitDate: '', programmeStart: '' },
    sfi: { sfiStudyPath: '' as '' | `${SfiStudyPath}`, sfiLessonTime: '' as SfiLessonTime | '' },
    availability: {
      licences: [] as readonly string[],
      availableFrom: '',
      hoursPerWeek: '' as string | number,
      homePlaceId: '',
      travelMinutes: '',
      travelModes: [] as readonly TravelMode[],
    },
    interests: { interestFields: [] as readonly string[] },
    consent: { share_with_employers: '' as Answer, receive_email: '' as Answer },
  };
}
type Drafts = ReturnType<typeof blankDrafts>;

/**
 * The mapping interview of one learner: loads the profile (the read is logged as "mapping"),
 * keeps a draft per step and saves each step through the learner endpoints — the personal
 * fields with PATCH, list items one by one, consent with the language its text was shown in.
 */
export function useInterview(learnerId: string) {
  const { me } = useAuth();
  const profile = shallowRef<LearnerProfile | null>(null);
  const loader = useAsyncAction();
  const items = useInterviewItems(() => learnerId, profile);
  const { saver, savedCount, setProfile } = items;
  const drafts = reactive(blankDrafts());

  const reference = useInterviewReference();

  function resetDrafts(step?: keyof Drafts): void {
    const p = profile.value;
    if (!p) return;
    const fresh: Drafts = {
      personal: { preferredLanguages: [...p.preferredLanguages], phone: p.phone ?? '', email: p.email ?? '', gender: p.gender },
      establishment: { residencePermitDate: p.establishment[0]?.residencePermitDate ?? '', programmeStart: p.establishment[0]?.programmeStart ?? '' },
      sfi: { sfiStudyPath: p.sfiStudyPath === null ? '' : (String(p.sfiStudyPath) as `${SfiStudyPath}`), sfiLessonTime: p.sfiLessonTime ?? '' },
      availability: {
        licences: [...p.licences],
        availableFrom: p.availableFrom ?? '',
        hoursPerWeek: p.hoursPerWeek === null ? '' : String(p.hoursPerWeek),
        homePlaceId: p.homePlaceId ?? '',
        travelMinutes: p.travelMinutes === null ? '' : String(p.travelMinutes),
        travelModes: [...p.travelModes],
      },
      interests: { interestFields: p.interestFields.map((field) => field.id) },
      consent: {
        share_with_employers: answerOf(p, 'share_with_employers'),
        receive_email: answerOf(p, 'receive_email'),
      },
    };
    if (step) Object.assign(drafts[step], fresh[step]);
    else Object.assign(drafts, fresh);
  }

  function answerOf(p: LearnerProfile, purpose: ConsentPurpose): Answer {
    const state = p.consents.find((consent) => consent.purpose === purpose);
    if (!state || state.recordedAt === null) return '';
    return state.given ? 'yes' : 'no';
  }

  async function load(): Promise<void> {
    const result = await loader.run(() => getLearner(learnerId, 'mapping'));
    if (!result.ok) return;
    setProfile(result.value);
    resetDrafts();
    void reference.load(me.value?.municipality.code);
  }

  /** The PATCH of a step that holds personal fields, or null for a step without any. */
  function patchOf(step: InterviewStep, p: LearnerProfile): LearnerFieldsInput | null {
    switch (step) {
      case 'personal': {
        const d = drafts.personal;
        return changed(p, {
          preferredLanguages: [...d.preferredLanguages],
          gender: d.gender || undefined,
          // Contact details hidden by protected identity are not the interview's to change.
          ...(p.hidden ? {} : { phone: orNull(d.phone), email: orNull(d.email)?.toLowerCase() ?? null }),
        });
      }
      case 'sfi':
        return changed(p, {
          sfiStudyPath: drafts.sfi.sfiStudyPath === '' ? null : (Number(drafts.sfi.sfiStudyPath) as SfiStudyPath),
          sfiLessonTime: drafts.sfi.sfiLessonTime || null,
        });
      case 'availability': {
        const d = drafts.availability;
        return changed(p, {
          licences: [...d.licences],
          availableFrom: orNull(d.availableFrom),
          hoursPerWeek: numberOrNull(d.hoursPerWeek),
          travelMinutes: numberOrNull(d.travelMinutes),
          travelModes: [...d.travelModes],
          ...(p.hidden ? {} : { homePlaceId: orNull(d.homePlaceId) }),
        });
      }
      case 'interests':
        return changed(p, { interestFields: [...drafts.interests.interestFields] });
      default:
        return null;
    }
  }

  async function saveEstablishment(p: LearnerProfile): Promise<LearnerProfile | null> {
    const wanted = { residencePermitDate: orNull(drafts.establishment.residencePermitDate), programmeStart: orNull(drafts.establishment.programmeStart) };
    const current = p.establishment[0];
    if (current) {
      if (current.residencePermitDate === wanted.residencePermitDate && current.programmeStart === wanted.programmeStart) return null;
      return updateItem(learnerId, 'establishment', current.id, wanted);
    }
    if (!wanted.residencePermitDate && !wanted.programmeStart) return null;
    return addItem(learnerId, 'establishment', wanted);
  }

  async function saveConsents(p: LearnerProfile, language: InterviewLanguage): Promise<LearnerProfile | null> {
    let consents = p.consents;
    for (const purpose of CONSENT_PURPOSES) {
      const answer = drafts.consent[purpose];
      if (answer === '' || answer === answerOf(p, purpose)) continue;
      consents = await setConsent(learnerId, purpose, answer === 'yes', language);
    }
    return consents === p.consents ? null : { ...p, consents };
  }

  /**
   * Saves what the step's form holds (nothing when nothing changed). `language` is the one the
   * learner read the questions in: consent records it.
   */
  async function saveStep(step: InterviewStep, language: InterviewLanguage): Promise<boolean> {
    const p = profile.value;
    if (!p) return false;
    const result = await saver.run(async (): Promise<LearnerProfile | null> => {
      if (step === 'establishment') return saveEstablishment(p);
      if (step === 'consent') return saveConsents(p, language);
      const patch = patchOf(step, p);
      if (!patch || Object.keys(patch).length === 0) return null;
      return updateLearner(learnerId, patch);
    });
    if (!result.ok) return false;
    if (result.value) {
      setProfile(result.value);
      if (step in drafts) resetDrafts(step as keyof Drafts);
      savedCount.value += 1;
    }
    return true;
  }

  /** Whether the step's form differs from what is saved. */
  function isDirty(step: InterviewStep): boolean {
    const p = profile.value;
    if (!p) return false;
    if (step === 'consent') return CONSENT_PURPOSES.some((purpose) => drafts.consent[purpose] !== '' && drafts.consent[purpose] !== answerOf(p, purpose));
    if (step === 'establishment') {
      const current = p.establishment[0];
      return (current?.residencePermitDate ?? '') !== drafts.establishment.residencePermitDate || (current?.programmeStart ?? '') !== drafts.establishment.programmeStart;
    }
    const patch = patchOf(step, p);
    return patch !== null && Object.keys(patch).length > 0;
  }

  return {
    profile,
    drafts,
    loading: loader.busy,
    loadError: loader.error,
    saving: saver.busy,
    saveError: saver.error,
    fieldError: saver.fieldError,
    clearError: saver.clear,
    savedCount,
    languages: reference.languages,
    fields: reference.fields,
    licences: reference.licences,
    places: reference.places,
    skillGroups: items.skillGroups,
    chosenSkills: items.chosenSkills,
    load,
    saveStep,
    isDirty,
    addSectionItem: items.addSectionItem,
    removeSectionItem: items.removeSectionItem,
    toggleSkill: items.toggleSkill,
    addSkillGroup: items.addSkillGroup,
    searchOccupations,
  };
}
