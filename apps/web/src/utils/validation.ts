import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, TOTP_DIGITS } from '@jobbrygga/domain';

/** A problem with one field: an i18n key and its parameters, translated where it is shown. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

export function checkRequired(value: string): Problem | null {
  return value.trim() ? null : { key: 'validation.required' };
}

/** A whole number from `min` to `max`. Empty: "required" when the field must be filled, else fine. */
export function checkWholeNumber(value: string, min: number, max: number, { required = false } = {}): Problem | null {
  const text = value.trim();
  if (!text) return required ? { key: 'validation.required' } : null;
  const number = Number(text);
  return Number.isInteger(number) && number >= min && number <= max ? null : { key: 'validation.wholeNumber', params: { min, max } };
}

export function checkEmail(value: string): Problem | null {
  const trimmed = value.trim();
  if (!trimmed) return { key: 'validation.required' };
  if (trimmed.length > EMAIL_MAX_LENGTH) return { key: 'validation.tooLong', params: { max: EMAIL_MAX_LENGTH } };
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? null : { key: 'validation.email' };
}

export function checkName(value: string): Problem | null {
  const trimmed = value.trim();
  if (!trimmed) return { key: 'validation.required' };
  return trimmed.length > NAME_MAX_LENGTH ? { key: 'validation.tooLong', params: { max: NAME_MAX_LENGTH } } : null;
}

export function checkNewPassword(value: string): Problem | null {
  if (!value) return { key: 'validation.required' };
  if (value.length < PASSWORD_MIN_LENGTH) return { key: 'validation.passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } };
  if (value.length > PASSWORD_MAX_LENGTH) return { key: 'validation.tooLong', params: { max: PASSWORD_MAX_LENGTH } };
  return null;
}

export function checkRepeat(password: string, repeat: string): Problem | null {
  if (!repeat) return { key: 'validation.required' };
  return password === repeat ? null : { key: 'validation.passwordsDiffer' };
}

export function checkTotpCode(value: string): Problem | null {
  const digits = value.replace(/\s/g, '');
  if (!digits) return { key: 'validation.required' };
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits) ? null : { key: 'validation.totpDigits', params: { digits: TOTP_DIGITS } };
}

/** "123 456" → "123456": authenticator apps show the code with a space. */
export function normaliseTotpCode(value: string): string {
  return value.replace(/\s/g, '');
}

/** `value` when it is one of `values` (a status, a kind from the address), otherwise undefined. */
export function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}
