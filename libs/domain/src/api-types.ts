import type { Locale } from './locales';
import type { Role } from './roles';

/** Shapes the API returns and the web app reads. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Present when the municipality requires two-factor login and this account has not set it up. */
  totpSetupRequired?: boolean;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  municipality: { code: string; name: string };
  totpEnabled: boolean;
  totpSetupRequired: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface HealthReport {
  status: 'ok' | 'starting' | 'down';
  services: {
    database: { up: boolean };
    search: { up: boolean; indexesReady: boolean };
    mail: { up: boolean };
  };
}
