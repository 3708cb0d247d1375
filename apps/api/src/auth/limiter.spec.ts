import { FailureCounter, RateLimiter } from './limiter';

describe('FailureCounter', () => {
  it('blocks after max failures within the window and tells how long', () => {
    const c = new FailureCounter(3, 60_000);
    for (let i = 0; i < 3; i++) c.fail('a', 1000 + i);
    expect(c.blockedFor('a', 2000)).toBe(59);
    expect(c.blockedFor('b', 2000)).toBe(0);
  });
  it('forgets failures once the window passes, and on clear', () => {
    const c = new FailureCounter(2, 10_000);
    c.fail('a', 0);
    c.fail('a', 1);
    expect(c.blockedFor('a', 5_000)).toBeGreaterThan(0);
    expect(c.blockedFor('a', 10_002)).toBe(0);
    c.fail('a', 20_000);
    c.fail('a', 20_001);
    c.clear('a');
    expect(c.blockedFor('a', 20_002)).toBe(0);
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then refills at the rate', () => {
    const r = new RateLimiter(10, 20);
    let allowed = 0;
    for (let i = 0; i < 25; i++) if (r.take('ip', 0) === 0) allowed++;
    expect(allowed).toBe(20);
    expect(r.take('ip', 0)).toBe(1);
    expect(r.take('ip', 500)).toBe(0); // half a second refills 5 tokens
  });
});
