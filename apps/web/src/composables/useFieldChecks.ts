import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Problem } from '../utils/validation';

/**
 * Client-side checks for a form. Problems show only after the first submit attempt, are
 * translated when shown (so they follow a language switch) and fall back to the API's
 * field messages from a VALIDATION_FAILED answer.
 */
export function useFieldChecks<K extends string>(
  checks: Record<K, () => Problem | null>,
  serverFieldError: (field: string) => string | undefined = () => undefined,
) {
  const { t } = useI18n();
  const attempted = ref(false);

  const errors = computed(() => {
    const result = {} as Record<K, string | undefined>;
    for (const field of Object.keys(checks) as K[]) {
      const problem = attempted.value ? checks[field]() : null;
      result[field] = problem ? t(problem.key, problem.params ?? {}) : serverFieldError(field);
    }
    return result;
  });

  /** Marks the form as attempted; true when every check passes. */
  function validate(): boolean {
    attempted.value = true;
    return (Object.keys(checks) as K[]).every((field) => checks[field]() === null);
  }

  function reset(): void {
    attempted.value = false;
  }

  return { errors, validate, reset };
}
