export interface SelectOption<V extends string> {
  value: V;
  label: string;
  /** Language of the label, so screen readers pronounce "العربية" as Arabic. */
  lang?: string;
}

/** A checkbox or radio button in a group. */
export interface ChoiceOption<V extends string> extends SelectOption<V> {
  /** How many results this choice gives, shown after the label. */
  count?: number;
}
