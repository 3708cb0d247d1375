import { ref, shallowRef } from 'vue';
import { toApiError, type ApiError } from '../api/client';

/**
 * Runs one API call at a time for a form or button and keeps what the user needs to see:
 * whether it is busy, and the error (already translated by the API).
 */
export function useAsyncAction() {
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: ApiError }> {
    busy.value = true;
    error.value = null;
    try {
      return { ok: true, value: await action() };
    } catch (thrown) {
      const apiError = toApiError(thrown);
      error.value = apiError;
      return { ok: false, error: apiError };
    } finally {
      busy.value = false;
    }
  }

  /** The API's message for one field of a VALIDATION_FAILED answer, if any. */
  function fieldError(field: string): string | undefined {
    return error.value?.details.find((detail) => detail.field === field)?.message;
  }

  function clear(): void {
    error.value = null;
  }

  return { busy, error, run, fieldError, clear };
}
