import type { Response } from 'express';
import { DEFAULT_LOCALE, ERRORS, errorMessage, fieldMessage, negotiateLocale, type ErrorBody, type ErrorCode, type Locale } from '@jobbrygga/domain';
import type { FieldProblemDetail } from './app-error';
import type { AppRequest } from './request-context';

/** The caller's language: the Accept-Language header, else the account's setting, else Swedish. */
export function requestLocale(req: AppRequest): Locale {
  return negotiateLocale(req.headers['accept-language']) ?? req.user?.locale ?? DEFAULT_LOCALE;
}

export function errorBody(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
  details?: FieldProblemDetail[],
): ErrorBody {
  const body: ErrorBody = { code, message: errorMessage(code, locale, params) };
  if (details?.length) body.details = details.map((d) => ({ field: d.field, message: d.words ? `${d.field}: ${d.words}` : fieldMessage(d.field, d.problem, locale) }));
  return body;
}

export function sendError(
  req: AppRequest,
  res: Response,
  code: ErrorCode,
  params: Record<string, string | number> = {},
  headers: Record<string, string> = {},
  details?: FieldProblemDetail[],
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(ERRORS[code].status).json(errorBody(code, requestLocale(req), params, details));
}
