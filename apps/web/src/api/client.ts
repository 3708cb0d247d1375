import { ERROR_CODES, errorMessage, type ErrorBody, type ErrorCode, type TokenPair } from '@jobbrygga/domain';
import { currentLocale, translate } from '../modules/i18n';

const API_BASE = '/api';
const REFRESH_TOKEN_KEY = 'jobbrygga.refreshToken';

/** Codes that mean "the access token is missing or stale": worth one refresh and one retry. */
const EXPIRED_CODES: readonly string[] = ['TOKEN_INVALID', 'UNAUTHENTICATED'];

export type ClientErrorCode = ErrorCode | 'NETWORK';

/** An error the user can read: `message` is already in the interface language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly details: NonNullable<ErrorBody['details']>;

  constructor(status: number, code: ClientErrorCode, message: string, details: ErrorBody['details'] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'NETWORK', translate('common.errors.network'));
}

// ---- tokens: the access token lives in memory only, the refresh token in this tab's sessionStorage

let accessToken: string | null = null;

function readRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    else sessionStorage.setItem(REFRESH_TOKEN_KEY, token);
  } catch {
    // Storage can be blocked; the session then lasts until the page is reloaded.
  }
}

export const tokens = {
  store(pair: TokenPair): void {
    accessToken = pair.accessToken;
    writeRefreshToken(pair.refreshToken);
  },
  clear(): void {
    accessToken = null;
    writeRefreshToken(null);
  },
  refreshToken(): string | null {
    return readRefreshToken();
  },
};

type SessionLostListener = () => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called when the refresh token is rejected: the user has to log in again. */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

// ---- requests

export type Query = Record<string, string | number | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** Send the access token (default true). */
  auth?: boolean;
  /** On an expired token, refresh once and retry once (default: same as `auth`). */
  refreshOnExpiry?: boolean;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if ((options.auth ?? true) && accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', translate('common.errors.network'));
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

async function readError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  if (body && isErrorCode(body.code)) {
    const message = typeof body.message === 'string' && body.message ? body.message : errorMessage(body.code, currentLocale());
    return new ApiError(response.status, body.code, message, Array.isArray(body.details) ? body.details : []);
  }
  // Not our JSON (a proxy or the server is down): say so in the interface language.
  const code: ErrorCode = response.status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return new ApiError(response.status, code, errorMessage(code, currentLocale()));
}

async function readBody<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

type RefreshOutcome = 'ok' | 'rejected' | 'failed';
let refreshing: Promise<RefreshOutcome> | null = null;

/**
 * Trades the refresh token for a new pair. Concurrent callers share one request, because the
 * server may rotate the refresh token and a second use would be refused.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= (async (): Promise<RefreshOutcome> => {
    const refreshToken = readRefreshToken();
    if (!refreshToken) return 'rejected';
    let response: Response;
    try {
      response = await send('/auth/refresh', { method: 'POST', body: { refreshToken }, auth: false });
    } catch {
      return 'failed';
    }
    if (response.ok) {
      tokens.store(await readBody<TokenPair>(response));
      return 'ok';
    }
    if (response.status === 400 || response.status === 401 || response.status === 403 || response.status === 410) {
      tokens.clear();
      return 'rejected';
    }
    return 'failed';
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * Sends a request; on an expired access token, refreshes the session once and sends it again.
 * Resolves with an ok response, or rejects with an ApiError (a refresh the API rejects also tells
 * the session-lost listeners).
 */
async function sendWithRefresh(path: string, options: RequestOptions): Promise<Response> {
  const response = await send(path, options);
  if (response.ok) return response;
  const error = await readError(response);

  const mayRefresh = options.refreshOnExpiry ?? options.auth ?? true;
  if (response.status !== 401 || !mayRefresh || !EXPIRED_CODES.includes(error.code) || !readRefreshToken()) {
    throw error;
  }
  const outcome = await refreshSession();
  if (outcome === 'rejected') {
    sessionLostListeners.forEach((listener) => listener());
    throw error;
  }
  if (outcome === 'failed') throw error;

  const retry = await send(path, options);
  if (retry.ok) return retry;
  throw await readError(retry);
}

/** Calls the API; resolves with the parsed body or rejects with an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return readBody<T>(await sendWithRefresh(path, options));
}

/**
 * Asks the API for a file (an export) with the same token, and the same one refresh and retry, as
 * apiRequest; resolves with the response to read as a blob, or rejects with an ApiError.
 */
export function apiFile(path: string, query?: Query): Promise<Response> {
  return sendWithRefresh(path, { query });
}
