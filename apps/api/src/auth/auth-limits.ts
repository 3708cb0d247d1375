import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { FailureCounter, RateLimiter } from './limiter';

/**
 * In-process counters for brute-force protection and public rate limits. One app instance keeps
 * its own counts; behind several instances each limits on its own (documented in the README).
 */
@Injectable()
export class AuthLimits implements OnModuleDestroy {
  readonly failedLoginsPerAccount: FailureCounter;
  readonly failedLoginsPerIp: FailureCounter;
  /** Password-reset requests per e-mail address (each request counts). */
  readonly resetRequests: FailureCounter;
  readonly publicReads: RateLimiter;
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const windowMs = config.loginFailureWindowSeconds * 1000;
    this.failedLoginsPerAccount = new FailureCounter(config.loginMaxFailuresPerAccount, windowMs);
    this.failedLoginsPerIp = new FailureCounter(config.loginMaxFailuresPerIp, windowMs);
    this.resetRequests = new FailureCounter(5, 3600_000);
    this.publicReads = new RateLimiter(config.publicRateLimitPerSecond);
    this.sweeper = setInterval(() => {
      const now = Date.now();
      this.failedLoginsPerAccount.sweep(now);
      this.failedLoginsPerIp.sweep(now);
      this.resetRequests.sweep(now);
      this.publicReads.sweep(now);
    }, 60_000);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
