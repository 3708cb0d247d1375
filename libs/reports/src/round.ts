/**
 * Rounds half away from zero to `digits` decimals, on the decimal text so that 1.005 → 1.01
 * (plain Math.round(x * 100) / 100 gives 1 there).
 */
export function round(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const text = String(Math.abs(value));
  // Very small or large numbers are already written with an exponent; there the text trick does not apply.
  if (text.includes('e')) return sign * (Math.round(Math.abs(value) * 10 ** digits) / 10 ** digits) || 0;
  const shifted = Math.round(Number(`${text}e${digits}`));
  const result = sign * Number(`${shifted}e-${digits}`);
  return result === 0 ? 0 : result;
}
