import { computed } from 'vue';
import { useRouter } from 'vue-router';

interface BackTarget {
  /** Where the link goes when the user came from somewhere else (an e-mail, a bookmark). */
  fallback: string;
  /** Pages the link may return to, with their query (the search the user made). */
  accepts: readonly string[];
}

/**
 * A "back" link that returns to the list the user came from, with its filters and page, or to
 * the fallback. Reads the previous address that vue-router keeps in the history entry.
 */
export function useBackLink(target: BackTarget) {
  const router = useRouter();
  return computed(() => {
    const back: unknown = router.options.history.state.back;
    if (typeof back === 'string') {
      const path = back.split(/[?#]/)[0];
      if (target.accepts.includes(path)) return back;
    }
    return target.fallback;
  });
}
