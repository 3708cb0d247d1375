import { computed, shallowRef, watch } from 'vue';
import { PROFILE_SECTIONS, type LearnerProfile, type Locale, type ProfileReadEntry, type ProfileSection } from '@jobbrygga/domain';
import * as learners from '../api/learners';
import { useAsyncAction } from './useAsyncAction';
import { useAuth } from './useAuth';
import { skillHit, skillsOfGroup, type SkillLookupHit } from './useLearnerReference';
import { bodyOf, sectionSpec, type Draft } from './useLearnerSections';

/**
 * One learner's profile as a coach maps it: the profile (read with the reason "mapping", which the
 * audit log keeps), the personal part, the items of each section, who has read the profile, and
 * the invitation to an account. Every change answers with the whole profile, which replaces ours.
 */
export function useLearnerProfile(id: string) {
  const { me } = useAuth();
  const profile = shallowRef<LearnerProfile | null>(null);
  const reads = shallowRef<readonly ProfileReadEntry[]>([]);
  const loader = useAsyncAction();
  const readsLoader = useAsyncAction();
  const personal = useAsyncAction();
  const inviter = useAsyncAction();
  /** One action per section, so an error shows beside the section it belongs to. */
  const sections = Object.fromEntries(PROFILE_SECTIONS.map((section) => [section, useAsyncAction()])) as Record<ProfileSection, ReturnType<typeof useAsyncAction>>;
  const invited = shallowRef<string | null>(null);

  const isCoach = computed(() => me.value?.role === 'coach');
  /** Only the responsible coach sends the invitation (the API allows coaches only). */
  const mayInvite = computed(() => isCoach.value && profile.value !== null && !profile.value.hasAccount);

  /** Skills of the groups of the learner's experience, not yet in the profile: offered first. */
  const groupSkills = shallowRef<readonly SkillLookupHit[]>([]);
  watch(
    () => [...new Set((profile.value?.experience ?? []).map((item) => item.ssykCode).filter((code): code is string => !!code))].join(','),
    async (codes) => {
      const lists = codes ? await Promise.allSettled(codes.split(',').map((code) => skillsOfGroup(code))) : [];
      const seen = new Map<string, SkillLookupHit>();
      for (const list of lists) if (list.status === 'fulfilled') for (const skill of list.value) if (!seen.has(skill.conceptId)) seen.set(skill.conceptId, skillHit(skill));
      groupSkills.value = [...seen.values()];
    },
  );
  const skillSuggestions = computed(() => {
    const have = new Set(profile.value?.skills.map((skill) => skill.skillId));
    return groupSkills.value.filter((hit) => !have.has(hit.key)).slice(0, 12);
  });

  async function loadReads(): Promise<void> {
    const result = await readsLoader.run(() => learners.profileReads(id));
    if (result.ok) reads.value = result.value;
  }

  async function load(): Promise<void> {
    const result = await loader.run(() => learners.getLearner(id, 'mapping'));
    if (!result.ok) return;
    profile.value = result.value;
    void loadReads();
  }

  function took(result: { ok: true; value: LearnerProfile } | { ok: false }): boolean {
    if (!result.ok) return false;
    profile.value = result.value;
    void loadReads();
    return true;
  }

  async function savePersonal(body: learners.LearnerFieldsInput): Promise<boolean> {
    return took(await personal.run(() => learners.updateLearner(id, body)));
  }

  /** Adds an item (`itemId` null) or changes one, from a section form. */
  async function saveItem(section: ProfileSection, itemId: string | null, draft: Draft): Promise<boolean> {
    const body = bodyOf(sectionSpec(section), draft, itemId === null);
    return took(await sections[section].run(() => (itemId ? learners.updateItem(id, section, itemId, body) : learners.addItem(id, section, body))));
  }

  async function removeItem(section: ProfileSection, itemId: string): Promise<boolean> {
    return took(await sections[section].run(() => learners.removeItem(id, section, itemId)));
  }

  /** Staff saw a document or validated the item. */
  async function verifyItem(section: ProfileSection, itemId: string): Promise<boolean> {
    return took(await sections[section].run(() => learners.updateItem(id, section, itemId, { verification: 'verified' })));
  }

  async function invite(email: string, locale: Locale): Promise<boolean> {
    invited.value = null;
    const ok = took(await inviter.run(() => learners.inviteLearner(id, email.trim(), locale)));
    if (ok) invited.value = email.trim();
    return ok;
  }

  return {
    profile,
    reads,
    loading: loader.busy,
    loadError: loader.error,
    readsLoading: readsLoader.busy,
    readsError: readsLoader.error,
    personal,
    sections,
    inviter,
    invited,
    skillSuggestions,
    isCoach,
    mayInvite,
    load,
    loadReads,
    savePersonal,
    saveItem,
    removeItem,
    verifyItem,
    invite,
  };
}
