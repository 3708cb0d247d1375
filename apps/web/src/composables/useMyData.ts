import { shallowRef } from 'vue';
import type { LearnerExport } from '@jobbrygga/domain';
import { exportData, getOwnProfile } from '../api/learners';
import { useAsyncAction } from './useAsyncAction';
import { downloadJson, exportFileName } from './useMyPrivacy';

/** All the newcomer's data, as the readable page shows it and as a file to keep. */
export function useMyData() {
  const data = shallowRef<LearnerExport | null>(null);
  const loader = useAsyncAction();

  async function load(): Promise<void> {
    const result = await loader.run(async () => exportData((await getOwnProfile()).id));
    if (result.ok) data.value = result.value;
  }

  function download(): void {
    if (data.value) downloadJson(data.value, exportFileName());
  }

  return { data, loading: loader.busy, error: loader.error, load, download };
}
