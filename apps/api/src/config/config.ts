import * as path from 'node:path';

/**
 * The one typed configuration object. Read and validated once at boot from the environment;
 * nothing else in the code reads process.env. A bad value stops the start with a message naming
 * the variable.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The address users reach the web app at; used in e-mailed links. */
  publicUrl: string;
  /** Folder for embedded services' data (PostgreSQL, Meilisearch, caught mail). */
  dataDir: string;
  /** External PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl?: string;
  embeddedPostgresPort: number;
  /** External Meilisearch; when absent an embedded one is started under dataDir. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  embeddedMeiliPort: number;
  /** Prefix for this instance's Meilisearch index names (tests use one per worker). */
  meiliIndexPrefix: string;
  /** Prefix for reference-data indexes (the same for every tenant); defaults to meiliIndexPrefix. */
  meiliReferencePrefix: string;
  /** External SMTP server; when absent an in-process catcher receives the mail. */
  smtpUrl?: string;
  embeddedSmtpPort: number;
  mailFrom: string;
  /** Longest wait between delivery attempts of one e-mail. */
  mailRetryMaxSeconds: number;
  /** Longest wait between attempts to bring a search document up to date. */
  searchRetryMaxSeconds: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
  demoPassword: string;
  loadDemoData: boolean;
  webDistDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Failed logins allowed per account / per IP within the window before 429. */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  loginFailureWindowSeconds: number;
  /** Requests per second per IP for public read endpoints. */
  publicRateLimitPerSecond: number;
  /** argon2id memory cost in KiB (19456 = 19 MiB, OWASP's minimum recommendation). */
  passwordHashMemoryKiB: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

function str(env: Env, name: string, fallback?: string): string | undefined {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  return value.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = str(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => p + '//').join(' or ')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const host = str(env, 'HOST', '0.0.0.0')!;
  const port = int(env, 'PORT', 3000, 0, 65535);
  const dataDir = path.resolve(str(env, 'DATA_DIR', path.join(repoRoot, '.data'))!);
  const meiliUrl = url(env, 'MEILI_URL', ['http:', 'https:']);
  const meiliMasterKey = str(env, 'MEILI_MASTER_KEY');
  if (meiliUrl && !meiliMasterKey) throw new ConfigError('MEILI_MASTER_KEY', 'must be set when MEILI_URL is set');
  const jwtSecret = str(env, 'JWT_SECRET');
  if (nodeEnv === 'production' && !jwtSecret) throw new ConfigError('JWT_SECRET', 'must be set in production');
  if (jwtSecret !== undefined && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const prefix = str(env, 'MEILI_INDEX_PREFIX', 'jobbrygga_')!;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(prefix)) throw new ConfigError('MEILI_INDEX_PREFIX', 'may only hold letters, digits, _ and -');
  const referencePrefix = str(env, 'MEILI_REFERENCE_PREFIX', prefix)!;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(referencePrefix)) throw new ConfigError('MEILI_REFERENCE_PREFIX', 'may only hold letters, digits, _ and -');
  const publicUrlRaw = url(env, 'PUBLIC_URL', ['http:', 'https:']);
  const publicUrl = (publicUrlRaw ?? `http://localhost:${port || 3000}`).replace(/\/$/, '');
  const demoPassword = str(env, 'DEMO_PASSWORD', 'jobbrygga-demo')!;
  if (demoPassword.length < 8) throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters');

  return {
    nodeEnv,
    host,
    port,
    publicUrl,
    dataDir,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    embeddedPostgresPort: int(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
    meiliUrl,
    meiliMasterKey,
    embeddedMeiliPort: int(env, 'EMBEDDED_MEILI_PORT', 7729, 1, 65535),
    meiliIndexPrefix: prefix,
    meiliReferencePrefix: referencePrefix,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    embeddedSmtpPort: int(env, 'EMBEDDED_SMTP_PORT', 2529, 1, 65535),
    mailFrom: str(env, 'MAIL_FROM', 'Jobbrygga <no-reply@jobbrygga.example>')!,
    mailRetryMaxSeconds: int(env, 'MAIL_RETRY_MAX_SECONDS', 600, 1, 86400),
    searchRetryMaxSeconds: int(env, 'SEARCH_RETRY_MAX_SECONDS', 30, 1, 3600),
    // Outside production a fixed development secret keeps sessions across restarts; production must set one.
    jwtSecret: jwtSecret ?? 'jobbrygga-development-secret-not-for-production-use',
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 14, 1, 90),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 72, 1, 720),
    passwordResetTtlMinutes: int(env, 'PASSWORD_RESET_TTL_MINUTES', 60, 5, 1440),
    demoPassword,
    loadDemoData: bool(env, 'LOAD_DEMO_DATA', nodeEnv !== 'production'),
    webDistDir: path.resolve(str(env, 'WEB_DIST_DIR', path.join(repoRoot, 'apps', 'web', 'dist'))!),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100000),
    loginFailureWindowSeconds: int(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86400),
    publicRateLimitPerSecond: int(env, 'PUBLIC_RATE_LIMIT_PER_SECOND', 50, 1, 100000),
    passwordHashMemoryKiB: int(env, 'PASSWORD_HASH_MEMORY_KIB', 19456, 1024, 1048576),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
