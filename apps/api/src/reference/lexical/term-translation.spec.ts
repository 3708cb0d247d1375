import { learnBothWays, learnTranslations } from './term-translation';

describe('learnTranslations (IBM model 1)', () => {
  const pairs = [
    { source: ['bus', 'driver'], target: ['buss', 'forar'] },
    { source: ['truck', 'driver'], target: ['lastbil', 'forar'] },
    { source: ['bus', 'mechanic'], target: ['buss', 'mekanik'] },
    { source: ['truck', 'mechanic'], target: ['lastbil', 'mekanik'] },
  ];

  it('aligns words that keep appearing together', () => {
    const t = learnTranslations(pairs);
    expect(t.get('driver')?.[0].key).toBe('forar');
    expect(t.get('bus')?.[0].key).toBe('buss');
    expect(t.get('mechanic')?.[0].key).toBe('mekanik');
  });

  it('learns both directions in one table', () => {
    const t = learnBothWays(pairs);
    expect(t.get('forar')?.[0].key).toBe('driver');
    expect(t.get('driver')?.[0].key).toBe('forar');
  });

  it('keeps only likely translations', () => {
    for (const list of learnTranslations(pairs, 8, 0.5).values()) for (const tr of list) expect(tr.p).toBeGreaterThanOrEqual(0.5);
  });
});
