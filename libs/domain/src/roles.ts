/** The four kinds of user. Every API route declares which of these may call it. */
export const ROLES = ['admin', 'coach', 'employer', 'newcomer'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles handle learners' personal data; a municipality can require two-factor login for them. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'coach'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
