import { shallowRef } from 'vue';
import type { CareerPlan, ErasureStatus, LearnerProfile, ProfileReadEntry } from '@jobbrygga/domain';
import { exportData, getOwnProfile, type ConsentOverview } from '../api/learners';
import { useAsyncAction } from './useAsyncAction';
import { downloadJson, exportFileName } from './useMyPrivacy';

/**
 * What GET /api/learners/:id/privacy/export answers (the API types it as a plain object; this is
 * its shape as PrivacyService.export builds it).
 */
export interface ExportedData {
  exportedAt: string;
  profile: LearnerProfile;
  plan: CareerPlan;
  consents: ConsentOverview;
  profileReads: ProfileReadEntry[];
  coachHistory: { at: string; fromName: string | null; toName: string | null; reason: string | null }[];
  erasureRequests: { requestedAt: string; status: ErasureStatus; decidedAt: string | null; decisionReason: string | null }[];
}

/** All the newcomer's data, as the readable page shows it and as a file to keep. */
export function useMyData() {
  const data = shallowRef<ExportedData | null>(null);
  const loader = useAsyncAction();

  async function load(): Promise<void> {
    const result = await loader.run(async () => exportData((await getOwnProfile()).id));
    if (result.ok) data.value = result.value as unknown as ExportedData;
  }

  function download(): void {
    if (data.value) downloadJson(data.value, exportFileName());
  }

  return { data, loading: loader.busy, error: loader.error, load, download };
}
