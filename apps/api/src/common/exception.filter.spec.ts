import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppExceptionFilter } from './exception.filter';
import { JsonLogger } from './logger';

/** The filter with a response that records what it was sent, and a logger writing to a string. */
function run(exception: unknown, lang = 'en') {
  let log = '';
  const logger = new JsonLogger('info', { write: (s: string) => ((log += s), true) } as unknown as NodeJS.WritableStream);
  const sent: { status?: number; body?: { code: string; message: string } } = {};
  const res = {
    headersSent: false,
    setHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: { code: string; message: string }) {
      sent.body = body;
      return this;
    },
  };
  const req = { headers: { 'accept-language': lang }, requestId: 'r1', route: { path: '/api/x' } };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  new AppExceptionFilter(logger).catch(exception, host);
  return { ...sent, log };
}

const pgError = (code: string) => new QueryFailedError('UPDATE referral …', [], Object.assign(new Error('pg'), { code }));

describe('AppExceptionFilter', () => {
  it('a deadlock or serialization failure is a 409 "try again" in the caller’s language, not a 500', () => {
    for (const code of ['40P01', '40001', '55P03']) {
      expect(run(pgError(code))).toMatchObject({ status: 409, body: { code: 'CONCURRENT_CHANGE', message: expect.stringContaining('try again') } });
    }
    expect(run(pgError('40P01'), 'sv').body!.message).toContain('Försök igen');
  });

  it('any other database failure stays a 500, logged without the query', () => {
    const out = run(pgError('23502'));
    expect(out).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
    expect(out.log).toContain('unhandled error');
    expect(out.log).not.toContain('UPDATE referral');
  });
});
