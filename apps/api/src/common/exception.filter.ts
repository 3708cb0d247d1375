import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ErrorCode } from '@jobbrygga/domain';
import { AppError } from './app-error';
import { sendError } from './error-response';
import type { AppRequest } from './request-context';
import { JsonLogger } from './logger';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** PostgreSQL's deadlock_detected, serialization_failure and lock_not_available. */
const RETRYABLE = new Set(['40P01', '40001', '55P03']);

/** Turns every error into `{ code, message }` in the caller's language. Unknown errors are 500 and logged. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  constructor(@Inject(JsonLogger) private readonly logger: JsonLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<AppRequest>();
    const res = ctx.getResponse<Response>();
    if (res.headersSent) return;
    if (exception instanceof AppError) {
      sendError(req, res, exception.code, exception.params, exception.headers, exception.details);
      return;
    }
    if (exception instanceof HttpException) {
      const code = BY_STATUS[exception.getStatus()];
      if (code) {
        sendError(req, res, code);
        return;
      }
    }
    // Two requests that wait on each other (a deadlock), or a serialization or lock-timeout failure:
    // PostgreSQL rolled the transaction back whole, so nothing was written and trying again is safe.
    if (exception instanceof QueryFailedError && RETRYABLE.has((exception.driverError as { code?: string } | undefined)?.code ?? '')) {
      this.logger.event('warn', 'concurrent change refused', { requestId: req.requestId, route: req.route?.path, pgCode: (exception.driverError as { code: string }).code });
      sendError(req, res, 'CONCURRENT_CHANGE');
      return;
    }
    const err = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.event('error', 'unhandled error', { requestId: req.requestId, route: req.route?.path, error: err.name, stack: err.stack });
    sendError(req, res, 'INTERNAL');
  }
}
