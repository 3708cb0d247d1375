import type { Request } from 'express';
import type { Locale, Role } from '@jobbrygga/domain';

/** Who is calling: set by the auth guard from a verified token and a fresh look at the account. */
export interface AuthUser {
  id: string;
  role: Role;
  /** The caller's municipality (tenant), by kommunkod. Every query is scoped by it. */
  tenantCode: string;
  locale: Locale;
  employerId: string | null;
  /** True when the municipality requires two-factor login and the account has not set it up yet. */
  totpSetupRequired: boolean;
}

export interface AppRequest extends Request {
  user?: AuthUser;
  locale?: Locale;
  requestId?: string;
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
