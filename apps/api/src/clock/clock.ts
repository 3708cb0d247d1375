import { Injectable } from '@nestjs/common';

/**
 * The one source of "now" for date logic (follow-ups due, 90-day outcomes, link expiry).
 * Outside production an admin can set or advance it through POST /api/dev/clock, so tests and
 * demos can reach "90 days later" through the API.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(to: Date): void {
    this.offsetMs = to.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get isShifted(): boolean {
    return this.offsetMs !== 0;
  }
}
