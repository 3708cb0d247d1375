import { shallowRef } from 'vue';
import type { CareerPlan, LearnerProfile } from '@jobbrygga/domain';
import { getOwnProfile, getPlan } from '../api/learners';
import { useAsyncAction } from './useAsyncAction';

/** The newcomer's own career plan: their profile (for its id), then the plan. */
export function useMyPlan() {
  const profile = shallowRef<LearnerProfile | null>(null);
  const plan = shallowRef<CareerPlan | null>(null);
  const loader = useAsyncAction();

  async function load(): Promise<void> {
    const result = await loader.run(async () => {
      const own = await getOwnProfile();
      return { own, plan: await getPlan(own.id) };
    });
    if (!result.ok) return;
    profile.value = result.value.own;
    plan.value = result.value.plan;
  }

  return { profile, plan, loading: loader.busy, error: loader.error, load };
}
