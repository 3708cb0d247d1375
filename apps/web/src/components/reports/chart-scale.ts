/** Small helpers the report charts share: a round top for the value axis, and positions that mirror for right-to-left. */

/** The smallest "round" number (1, 2, 2.5, 5 × 10^n) at or above `value`; at least 1. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/**
 * Where along the reading direction a fraction (0 = start, 1 = end) of a band lies: left to right
 * in Swedish and English, right to left in Arabic, so time runs the way the page reads.
 */
export function inlinePosition(fraction: number, start: number, end: number, rtl: boolean): number {
  const width = end - start;
  return rtl ? end - fraction * width : start + fraction * width;
}
