import { GroupReranker } from './group-reranker';

const ex = (features: Record<string, number>, group: string) => ({ features: new Map(Object.entries(features)), groups: new Map([[group, 1]]) });

describe('GroupReranker', () => {
  const examples = [
    ex({ 't:bygg': 1, 't:arbetsledar': 1 }, '3121'),
    ex({ 't:anlaggning': 1, 't:arbetsledar': 1 }, '3121'),
    ex({ 't:stad': 1, 't:arbetsledar': 0.3 }, '5151'),
    ex({ 't:stad': 1 }, '9111'),
    ex({ 't:lokalvard': 1 }, '9111'),
    ex({ 't:vvs': 1, 't:mont': 1 }, '7125'),
  ];
  const model = new GroupReranker(examples, { epochs: 30 });

  it('learns which features point at which group, parts of a title on their own included', () => {
    const p = model.probabilities(new Map([['t:arbetsledar', 1]]));
    expect(p.get('3121')).toBeGreaterThan(p.get('5151') ?? 0);
    const vvs = model.probabilities(new Map([['t:vvs', 1]]));
    expect([...vvs.entries()].sort((a, b) => b[1] - a[1])[0][0]).toBe('7125');
  });

  it('gives probabilities that sum to at most 1, and nothing for unknown features', () => {
    const p = model.probabilities(new Map([['t:stad', 1], ['t:bygg', 1]]));
    const sum = [...p.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    expect(model.probabilities(new Map([['t:xyzzy', 1]])).size).toBe(0);
  });

  it('is deterministic', () => {
    const again = new GroupReranker(examples, { epochs: 30 });
    const q = new Map([['t:stad', 1]]);
    expect([...again.probabilities(q)]).toEqual([...model.probabilities(q)]);
  });
});
