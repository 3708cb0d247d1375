import { computed, shallowRef } from 'vue';
import { typeValidOn } from '@jobbrygga/domain';
import { listPlacementTypes, type PlacementType } from '../api/placements';
import { useAsyncAction } from './useAsyncAction';

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The municipality's placement types: names and plain descriptions in every language, and which are current. */
export function usePlacementTypes() {
  const types = shallowRef<readonly PlacementType[]>([]);
  const action = useAsyncAction();

  async function load(): Promise<void> {
    const result = await action.run(listPlacementTypes);
    if (result.ok) types.value = result.value;
  }

  const byCode = computed<ReadonlyMap<string, PlacementType>>(() => new Map(types.value.map((type) => [type.code, type])));
  /** Types a placement can have today (historical ones, such as instegsjobb, left out). */
  const current = computed(() => types.value.filter((type) => typeValidOn(type, today())));

  return { types, byCode, current, loading: action.busy, error: action.error, load };
}
