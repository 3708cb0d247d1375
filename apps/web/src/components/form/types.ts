export interface SelectOption<V extends string> {
  value: V;
  label: string;
  /** Language of the label, so screen readers pronounce "العربية" as Arabic. */
  lang?: string;
}
