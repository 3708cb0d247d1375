import type { ErrorCode } from '@jobbrygga/domain';

/**
 * The only exception the code throws at users: a code from @jobbrygga/domain, optional
 * placeholder values and headers. The exception filter turns it into `{ code, message }`
 * in the caller's language with the code's HTTP status.
 */
/**
 * One field's problem: a code `fieldMessage` words in the caller's language, or, for problems only
 * the service can word (a matching constraint), `words` already in the caller's language.
 */
export interface FieldProblemDetail {
  field: string;
  problem: string;
  words?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
    readonly details?: FieldProblemDetail[],
  ) {
    super(code);
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
