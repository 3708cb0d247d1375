/**
 * Swedish organisation numbers (organisationsnummer) and, for sole traders, personal identity
 * numbers (personnummer): ten digits whose last is a Luhn check digit. Accepts 10 or 12 digits
 * (12 = with century "19"/"20" for a person or "16" for an organisation), with or without "-"
 * or "+", and normalises to NNNNNN-NNNN.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function normaliseOrganisationNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s-+]/g, '');
  if (!/^\d{10}(\d{2})?$/.test(compact)) return null;
  let ten = compact;
  if (compact.length === 12) {
    if (!['16', '18', '19', '20'].includes(compact.slice(0, 2))) return null;
    ten = compact.slice(2);
  }
  if (!luhnValid(ten)) return null;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}
