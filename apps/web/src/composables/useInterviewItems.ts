import { computed, ref, shallowRef, type ShallowRef } from 'vue';
import type { LearnerProfile, ProfileSection } from '@jobbrygga/domain';
import { addItem, removeItem, type LearnerFieldsInput, type SectionInput } from '../api/learners';
import { listSkillsOfGroup, type Concept, type OccupationHit } from '../api/reference';
import type { SkillGroup } from '../components/interview/types';
import { useAsyncAction } from './useAsyncAction';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields whose value differs from the profile: an unchanged form sends nothing. */
export function changedFields(profile: LearnerProfile, wanted: LearnerFieldsInput): LearnerFieldsInput {
  // Interest fields come with their labels; the forms hold their ids.
  const current: Record<string, unknown> = { ...profile, interestFields: profile.interestFields.map((field) => field.id) };
  return Object.fromEntries(Object.entries(wanted).filter(([field, value]) => value !== undefined && !same(current[field], value))) as LearnerFieldsInput;
}

export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
/** A number field's value: v-model gives a number for type="number", '' when empty. */
export const numberOrNull = (value: string | number): number | null => (typeof value === 'number' ? value : value.trim() === '' ? null : Number(value));

/**
 * The list sections of a profile as the interview and the learner's own page change them: add
 * and remove items (the API answers with the whole profile), and the skills to tick, grouped by
 * the occupations of previous work and any occupation looked up. Staff and learner use the same
 * endpoints; the API decides what is verified.
 */
export function useInterviewItems(learnerId: () => string | null, profile: ShallowRef<LearnerProfile | null>) {
  const saver = useAsyncAction();
  /** Increases with every successful change, so the page can announce it. */
  const savedCount = ref(0);
  const extraGroups = ref<{ ssyk: string; label: string }[]>([]);
  const skillsByGroup = shallowRef<ReadonlyMap<string, readonly Concept[]>>(new Map());

  async function loadSkills(ssyk: string): Promise<void> {
    if (skillsByGroup.value.has(ssyk)) return;
    try {
      const skills = await listSkillsOfGroup(ssyk);
      skillsByGroup.value = new Map([...skillsByGroup.value, [ssyk, skills]]);
    } catch {
      // The group shows without skills; another occupation can be tried.
    }
  }

  /** Takes the API's answer and fetches the skills of any new occupation group. */
  function setProfile(next: LearnerProfile): void {
    profile.value = next;
    for (const item of next.experience) if (item.ssykCode) void loadSkills(item.ssykCode);
  }

  /** The occupation groups of previous work, then those looked up. */
  const skillGroups = computed<SkillGroup[]>(() => {
    const groups = new Map<string, string>();
    for (const item of profile.value?.experience ?? []) {
      if (item.ssykCode && !groups.has(item.ssykCode)) groups.set(item.ssykCode, item.ssykLabel ?? item.occupationLabel ?? item.ssykCode);
    }
    for (const extra of extraGroups.value) if (!groups.has(extra.ssyk)) groups.set(extra.ssyk, extra.label);
    return [...groups].map(([ssyk, label]) => ({ ssyk, label, skills: skillsByGroup.value.get(ssyk) ?? [] }));
  });
  const chosenSkills = computed(() => profile.value?.skills.map((skill) => skill.skillId) ?? []);

  async function change(call: (id: string) => Promise<LearnerProfile>): Promise<boolean> {
    const id = learnerId();
    if (!id) return false;
    const result = await saver.run(() => call(id));
    if (!result.ok) return false;
    setProfile(result.value);
    savedCount.value += 1;
    return true;
  }

  const addSectionItem = (section: ProfileSection, body: SectionInput): Promise<boolean> => change((id) => addItem(id, section, body));
  const removeSectionItem = (section: ProfileSection, itemId: string): Promise<boolean> => change((id) => removeItem(id, section, itemId));

  /** Ticking a skill adds it; unticking removes it. */
  async function toggleSkill(skillId: string, checked: boolean): Promise<void> {
    const existing = profile.value?.skills.find((skill) => skill.skillId === skillId);
    if (checked && !existing) await addSectionItem('skills', { skillId });
    else if (!checked && existing) await removeSectionItem('skills', existing.id);
  }

  async function addSkillGroup(hit: OccupationHit): Promise<void> {
    if (!extraGroups.value.some((group) => group.ssyk === hit.ssykCode)) extraGroups.value.push({ ssyk: hit.ssykCode, label: hit.nameSv });
    await loadSkills(hit.ssykCode);
  }

  return { saver, savedCount, setProfile, skillGroups, chosenSkills, addSectionItem, removeSectionItem, toggleSkill, addSkillGroup };
}
