import type { Locale } from './locales';
import type { Role } from './roles';
import type { PlacementKind, SfiCourse } from './placements';

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
  /** The subject's display name when the subject is a user or learner of the same municipality (null once erased). */
  subjectName: string | null;
  /** Why a learner's profile was read (caseload, mapping, plan, matching …). */
  reason?: string | null;
  /** ISO 8601 */
  at: string;
}

/** One search result: an open placement or job track of an approved employer. */
export interface PlacementHit {
  id: string;
  kind: PlacementKind;
  /** In the caller's language when the employer translated it, otherwise Swedish. */
  title: string;
  titleSv: string;
  /** Type code, e.g. "praktik". */
  type: string;
  /** Type name in the caller's language. */
  typeName: string;
  paid: boolean;
  ssyk: string | null;
  /** Occupation in the caller's language. */
  occupation: string | null;
  employerName: string;
  place: string | null;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  minSfiCourse: SfiCourse | null;
  licences: string[];
  seats: number;
  fitsSfiMorning: boolean;
  fitsSfiAfternoon: boolean;
  /** Only when the search had a centre (lat, lon). */
  distanceKm?: number;
}
