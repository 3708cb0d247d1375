import { computed, shallowRef } from 'vue';
import { listCaughtMails, type CaughtMail } from '../api/dev';
import { useAsyncAction } from './useAsyncAction';

/** Demo mode: the e-mails the built-in mail catcher received (invitation and reset links). */
export function useCaughtMails() {
  /** undefined = not loaded yet, null = mail goes to a real server, array = caught mails. */
  const mails = shallowRef<CaughtMail[] | null | undefined>(undefined);
  const action = useAsyncAction();

  async function load(): Promise<void> {
    const result = await action.run(listCaughtMails);
    if (result.ok) {
      mails.value = result.value === null ? null : [...result.value].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    }
  }

  return {
    mails,
    realServer: computed(() => mails.value === null),
    loading: action.busy,
    error: action.error,
    load,
  };
}
