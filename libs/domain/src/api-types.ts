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
  /** For employer contacts: their organisation. */
  employerId: string | null;
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

/** One line of the audit log: who read or changed whose personal data, and when. */
export interface AuditEntry {
  id: string;
  /** null when no logged-in user did it (the system). */
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  /** e.g. "profile.read", "user.deactivate"; new actions can appear before the web app knows them. */
  action: string;
  /** e.g. "user" */
  subjectType: string;
  subjectId: string;
  /** The subject's display name when the subject is a user of the same municipality. */
  subjectName: string | null;
  /** ISO 8601 */
  at: string;
}
