import { computed, reactive, ref, shallowRef } from 'vue';
import type { LearnerProfile, SfiLessonTime, TravelMode } from '@jobbrygga/domain';
import { getOwnProfile, updateLearner, type LearnerFieldsInput } from '../api/learners';
import { searchOccupations } from '../api/reference';
import { useAsyncAction } from './useAsyncAction';
import { changedFields, numberOrNull, orNull, useInterviewItems } from './useInterviewItems';
import { useInterviewReference } from './useInterviewReference';

/** The parts of the profile a newcomer may change themself (the API's SELF_EDITABLE fields). */
export type OwnGroup = 'contact' | 'languages' | 'availability' | 'interests';

function blankDrafts() {
  return {
    contact: { email: '', phone: '' },
    languages: { preferredLanguages: [] as readonly string[] },
    availability: {
      availableFrom: '',
      hoursPerWeek: '' as string | number,
      sfiLessonTime: '' as SfiLessonTime | '',
      travelMinutes: '',
      travelModes: [] as readonly TravelMode[],
      licences: [] as readonly string[],
    },
    interests: { interestFields: [] as readonly string[] },
  };
}

/**
 * A newcomer's own profile (/api/learners/me): everything with who entered it and whether it is
 * checked; contact, languages, availability, travel and interests to correct (only the fields a
 * learner may change are ever sent); items to add, which the API keeps as self-reported.
 */
export function useMyProfile() {
  const profile = shallowRef<LearnerProfile | null>(null);
  const loader = useAsyncAction();
  const items = useInterviewItems(() => profile.value?.id ?? null, profile);
  const reference = useInterviewReference();
  const drafts = reactive(blankDrafts());
  const editing = ref<OwnGroup | null>(null);
  /** The part of the page where the last change was made: its messages show there. */
  const active = ref<string | null>(null);

  /** No profile is linked to the account yet (404). */
  const missing = computed(() => loader.error.value?.code === 'NOT_FOUND');

  async function load(): Promise<void> {
    const result = await loader.run(() => getOwnProfile());
    if (!result.ok) return;
    items.setProfile(result.value);
    void reference.load();
  }

  function startEdit(group: OwnGroup): void {
    const p = profile.value;
    if (!p) return;
    const fresh = {
      contact: { email: p.email ?? '', phone: p.phone ?? '' },
      languages: { preferredLanguages: [...p.preferredLanguages] },
      availability: {
        availableFrom: p.availableFrom ?? '',
        hoursPerWeek: p.hoursPerWeek === null ? '' : String(p.hoursPerWeek),
        sfiLessonTime: p.sfiLessonTime ?? '',
        travelMinutes: p.travelMinutes === null ? '' : String(p.travelMinutes),
        travelModes: [...p.travelModes],
        licences: [...p.licences],
      },
      interests: { interestFields: p.interestFields.map((field) => field.id) },
    };
    Object.assign(drafts[group], fresh[group]);
    items.saver.clear();
    active.value = group;
    editing.value = group;
  }

  function cancelEdit(): void {
    editing.value = null;
    items.saver.clear();
  }

  function wanted(group: OwnGroup): LearnerFieldsInput {
    switch (group) {
      case 'contact':
        return { email: orNull(drafts.contact.email)?.toLowerCase() ?? null, phone: orNull(drafts.contact.phone) };
      case 'languages':
        return { preferredLanguages: [...drafts.languages.preferredLanguages] };
      case 'availability': {
        const d = drafts.availability;
        return {
          availableFrom: orNull(d.availableFrom),
          hoursPerWeek: numberOrNull(d.hoursPerWeek),
          sfiLessonTime: d.sfiLessonTime || null,
          travelMinutes: numberOrNull(d.travelMinutes),
          travelModes: [...d.travelModes],
          licences: [...d.licences],
        };
      }
      case 'interests':
        return { interestFields: [...drafts.interests.interestFields] };
    }
  }

  /** Saves the open part (nothing is sent when nothing changed) and closes it. */
  async function saveEdit(group: OwnGroup): Promise<boolean> {
    const p = profile.value;
    if (!p) return false;
    const patch = changedFields(p, wanted(group));
    if (Object.keys(patch).length > 0) {
      const result = await items.saver.run(() => updateLearner(p.id, patch));
      if (!result.ok) return false;
      items.setProfile(result.value);
      items.savedCount.value += 1;
    }
    editing.value = null;
    return true;
  }

  return {
    profile,
    drafts,
    editing,
    active,
    missing,
    loading: loader.busy,
    loadError: loader.error,
    saving: items.saver.busy,
    saveError: items.saver.error,
    fieldError: items.saver.fieldError,
    savedCount: items.savedCount,
    languages: reference.languages,
    fields: reference.fields,
    licences: reference.licences,
    skillGroups: items.skillGroups,
    chosenSkills: items.chosenSkills,
    load,
    startEdit,
    cancelEdit,
    saveEdit,
    addSectionItem: items.addSectionItem,
    removeSectionItem: items.removeSectionItem,
    toggleSkill: items.toggleSkill,
    addSkillGroup: items.addSkillGroup,
    searchOccupations,
  };
}
