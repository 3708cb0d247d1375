import { computed, shallowRef } from 'vue';
import { getPlacement, type PlacementDetail } from '../api/placements';
import { listLanguages, listSkillsOfGroup, type Concept } from '../api/reference';
import { useAsyncAction } from './useAsyncAction';
import { usePlacementTypes } from './usePlacementTypes';

const labelMap = (concepts: readonly Concept[]): ReadonlyMap<string, string> => new Map(concepts.map((concept) => [concept.conceptId, concept.labelSv]));

/** Ids in the order the employer gave them, as labels; ids the look-up does not know are left out. */
function labelsOf(ids: readonly string[], labels: ReadonlyMap<string, string>): string[] {
  return ids.flatMap((id) => {
    const label = labels.get(id);
    return label ? [label] : [];
  });
}

/**
 * One placement with what it needs to be read: its type's plain description and the names of the
 * skills and languages it lists (the API gives concept ids). A failed name look-up keeps the page.
 */
export function usePlacementDetail(id: string) {
  const placement = shallowRef<PlacementDetail | null>(null);
  const action = useAsyncAction();
  const labelsAction = useAsyncAction();
  const placementTypes = usePlacementTypes();
  const skills = shallowRef<ReadonlyMap<string, string>>(new Map());
  const languages = shallowRef<ReadonlyMap<string, string>>(new Map());

  async function loadLabels(detail: PlacementDetail): Promise<void> {
    const wantsSkills = detail.ssyk !== null && detail.requiredSkills.length + detail.niceSkills.length > 0;
    await labelsAction.run(async () => {
      const [skillList, languageList] = await Promise.all([
        wantsSkills && detail.ssyk ? listSkillsOfGroup(detail.ssyk) : Promise.resolve([]),
        detail.helpfulLanguages.length ? listLanguages() : Promise.resolve([]),
      ]);
      skills.value = labelMap(skillList);
      languages.value = labelMap(languageList);
    });
  }

  async function load(): Promise<void> {
    void placementTypes.load();
    const result = await action.run(() => getPlacement(id));
    if (!result.ok) return;
    placement.value = result.value;
    await loadLabels(result.value);
  }

  return {
    placement,
    loading: action.busy,
    error: action.error,
    labelsError: labelsAction.error,
    type: computed(() => (placement.value ? placementTypes.byCode.value.get(placement.value.type.code) : undefined)),
    requiredSkills: computed(() => labelsOf(placement.value?.requiredSkills ?? [], skills.value)),
    niceSkills: computed(() => labelsOf(placement.value?.niceSkills ?? [], skills.value)),
    helpfulLanguages: computed(() => labelsOf(placement.value?.helpfulLanguages ?? [], languages.value)),
    load,
  };
}
