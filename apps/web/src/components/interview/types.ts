import type { Concept } from '../../api/reference';
import type { Phrase } from '../../composables/useInterviewOptions';
import type { Params } from '../../composables/useInterviewTexts';

/** An answer to choose: a key of the interview-language files, or a fixed (Swedish) name. */
export interface BiOption<V extends string> {
  value: V;
  k?: string;
  params?: Params;
  text?: string;
}

/** The skills the taxonomy relates to one occupation group. */
export interface SkillGroup {
  ssyk: string;
  label: string;
  skills: readonly Concept[];
}

/** One item of a profile section as the lists show it. */
export interface ShownItem {
  id: string;
  phrases: Phrase[];
  /** Who entered it and whether it is checked: [who, checked]. */
  provenance: Phrase[];
  verified: boolean;
  removable: boolean;
}
