import { computed } from 'vue';

/** Ids for a field's help and error text, and the aria-describedby that reads them with the field. */
export function useFieldIds(props: { id: string; hint?: string; error?: string }) {
  const hintId = computed(() => `${props.id}-hint`);
  const errorId = computed(() => `${props.id}-error`);
  const describedBy = computed(
    () => [props.hint ? hintId.value : '', props.error ? errorId.value : ''].filter(Boolean).join(' ') || undefined,
  );
  return { hintId, errorId, describedBy };
}
