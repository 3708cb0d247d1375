import { GroupCharModel, GroupLanguageModel, charGrams } from './group-model';
import type { QueryAnalysis } from './lexical-index';

const word = (w: string, key: string, extra: QueryAnalysis['words'][number]['alternatives'] = []) => ({
  word: w,
  idf: 1,
  alternatives: [{ key, weight: 1, role: 'word' as const }, ...extra],
});

describe('GroupLanguageModel', () => {
  const model = new GroupLanguageModel([
    // "arbetsledare" is everywhere once, but concentrated in 3121.
    { terms: new Map([['arbetsledar', 1], ['bygg', 1]]), groups: new Map([['3121', 1]]) },
    { terms: new Map([['arbetsledar', 1], ['anlaggning', 1]]), groups: new Map([['3121', 1]]) },
    { terms: new Map([['arbetsledar', 0.3], ['stad', 1]]), groups: new Map([['5151', 1]]) },
    { terms: new Map([['vvs', 1], ['mont', 1]]), groups: new Map([['7125', 1]]) },
  ]);

  it('gives the best group 1 and others less, by how likely they are to produce the query', () => {
    const s = model.score({ folded: 'arbetsledare', words: [word('arbetsledare', 'arbetsledar')] });
    expect(s.get('3121')).toBe(1);
    expect(s.get('5151')!).toBeLessThan(1);
    expect(s.get('7125')!).toBeLessThan(s.get('5151')!);
  });

  it('combines a compound head and modifier found in different texts of one group', () => {
    const s = model.score({
      folded: 'byggarbetsledare',
      words: [word('byggarbetsledare', 'byggarbetsledar', [{ key: 'bygg', weight: 0.5, role: 'modifier' }, { key: 'arbetsledar', weight: 0.75, role: 'head' }])],
    });
    expect([...s.entries()].sort((a, b) => b[1] - a[1])[0][0]).toBe('3121');
  });

  it('ranks by a compound modifier when it is the only part of the word it knows', () => {
    // "vvs" known, the rest of "vvsxyzare" not: before, every group scored NaN and the answer was empty.
    const s = model.score({ folded: 'vvsxyzare', words: [word('vvsxyzare', 'vvsxyzar', [{ key: 'vvs', weight: 0.35, role: 'modifier' }, { key: 'xyzar', weight: 0.75, role: 'head' }])] });
    expect([...s.values()].every(Number.isFinite)).toBe(true);
    expect([...s.entries()].sort((a, b) => b[1] - a[1])[0]).toEqual(['7125', 1]);
  });

  it('has nothing to say about words it does not know', () => {
    expect(model.score({ folded: 'xyz', words: [word('xyz', 'xyz')] }).size).toBe(0);
  });
});

describe('GroupCharModel', () => {
  const model = new GroupCharModel([
    { words: ['pappersvaruindustri'], groups: new Map([['8143', 1]]) },
    { words: ['lantarbetare'], groups: new Map([['6121', 1]]) },
  ]);

  it('recognises part of an unseen compound', () => {
    const { scores, coverage } = model.score(['pappersvaruoperator']);
    expect(scores.get('8143')).toBe(1);
    expect(coverage).toBeGreaterThan(0.5);
  });

  it('reports low coverage for text like nothing in the data', () => {
    expect(model.score(['xyzzy']).coverage).toBeLessThan(0.5);
  });

  it('counts 3- and 4-grams of padded words', () => {
    expect([...charGrams(['kock']).keys()]).toEqual([' ko', 'koc', 'ock', 'ck ', ' koc', 'kock', 'ock ']);
  });
});
