import type { ErrorCode } from '@jobbrygga/domain';

/**
 * The only exception the code throws at users: a code from @jobbrygga/domain, optional
 * placeholder values and headers. The exception filter turns it into `{ code, message }`
 * in the caller's language with the code's HTTP status.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
    readonly details?: { field: string; problem: string }[],
  ) {
    super(code);
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
