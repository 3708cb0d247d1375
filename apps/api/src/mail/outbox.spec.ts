import { retryDelaySeconds } from './outbox.service';

describe('retryDelaySeconds', () => {
  it('doubles from one second and stops at the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelaySeconds(n, 600))).toEqual([1, 2, 4, 8, 16]);
    expect(retryDelaySeconds(30, 600)).toBe(600);
    expect(retryDelaySeconds(3, 2)).toBe(2);
  });
});
