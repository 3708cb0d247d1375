import { createLearner } from '../api/learners';
import { useAsyncAction } from './useAsyncAction';
import { useLearnerPersonalForm } from './useLearnerPersonalForm';

/** A coach (or admin) opens a new learner profile; answers the new profile's id, or null. */
export function useLearnerNew() {
  const saver = useAsyncAction();
  const personal = useLearnerPersonalForm(true, saver.fieldError);

  async function create(): Promise<string | null> {
    if (!personal.validate()) return null;
    const result = await saver.run(() => createLearner(personal.body()));
    return result.ok ? result.value.id : null;
  }

  return { personal, busy: saver.busy, error: saver.error, create };
}
