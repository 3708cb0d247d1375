import { computed, ref, shallowRef } from 'vue';
import { decideEmployer, getEmployer, type Decision, type EmployerDetail } from '../api/employers';
import { listLanguages, listOccupationFields } from '../api/reference';
import type { Problem } from '../utils/validation';
import { useAsyncAction } from './useAsyncAction';

/**
 * Staff: one employer's registration with its sites, supervisors and contacts, and the decision
 * to approve or reject it. Rejecting needs a reason; the employer reads it in an e-mail.
 */
export function useEmployerReview(id: string) {
  const employer = shallowRef<EmployerDetail | null>(null);
  const loader = useAsyncAction();
  const labels = useAsyncAction();
  const decider = useAsyncAction();
  const fieldLabels = shallowRef<ReadonlyMap<string, string>>(new Map());
  const languageLabels = shallowRef<ReadonlyMap<string, string>>(new Map());

  const reason = ref('');
  const reasonProblem = shallowRef<Problem | null>(null);
  /** The decision that was just saved, for the result message. */
  const decided = ref<Decision | null>(null);

  async function loadLabels(detail: EmployerDetail): Promise<void> {
    await labels.run(async () => {
      const [fields, languages] = await Promise.all([
        listOccupationFields(),
        detail.supervisors.some((supervisor) => supervisor.languages.length) ? listLanguages() : Promise.resolve([]),
      ]);
      fieldLabels.value = new Map(fields.map((field) => [field.conceptId, field.labelSv]));
      languageLabels.value = new Map(languages.map((language) => [language.conceptId, language.labelSv]));
    });
  }

  async function load(): Promise<void> {
    const result = await loader.run(() => getEmployer(id));
    if (!result.ok) return;
    employer.value = result.value;
    await loadLabels(result.value);
  }

  /** Saves the decision; false when it was not sent or the API refused it. */
  async function decide(decision: Decision): Promise<boolean> {
    if (decider.busy.value || !employer.value) return false;
    decided.value = null;
    const text = reason.value.trim();
    reasonProblem.value = decision === 'reject' && !text ? { key: 'employers.review.reasonRequired' } : null;
    if (reasonProblem.value) {
      decider.clear();
      return false;
    }
    const result = await decider.run(() => decideEmployer(id, decision, text || undefined));
    if (!result.ok) return false;
    employer.value = { ...employer.value, ...result.value };
    decided.value = decision;
    reason.value = '';
    return true;
  }

  const names = (ids: readonly string[], map: ReadonlyMap<string, string>): string[] => ids.map((value) => map.get(value) ?? value);

  return {
    employer,
    loading: loader.busy,
    loadError: loader.error,
    labelsError: labels.error,
    occupationFields: computed(() => names(employer.value?.occupationFields ?? [], fieldLabels.value)),
    languagesOf: (ids: readonly string[]) => names(ids, languageLabels.value),
    reason,
    reasonProblem,
    deciding: decider.busy,
    decideError: decider.error,
    decided,
    decide,
    load,
  };
}
