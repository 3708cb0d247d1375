import { LexicalIndex, trigrams } from './lexical-index';

const texts = [
  { text: 'Sjuksköterska', lang: 'sv' as const }, // 0
  { text: 'Barnsjuksköterska', lang: 'sv' as const }, // 1
  { text: 'Barnskötare', lang: 'sv' as const }, // 2
  { text: 'Kock', lang: 'sv' as const }, // 3
  { text: 'Bussförare', lang: 'sv' as const }, // 4
  { text: 'Lastbilsförare', lang: 'sv' as const }, // 5
  { text: 'bus driver', lang: 'en' as const }, // 6
  { text: 'Undersköterska, hemtjänst', lang: 'sv' as const }, // 7
];
const index = new LexicalIndex(texts, [{ text: 'barn sköterska buss lastbil förare', lang: 'sv' }]);
const top = (q: string, lang: 'sv' | 'en' = 'sv') => index.search(q, { lang }).map((m) => texts[m.entry].text);

describe('trigrams', () => {
  it('pads each word with spaces and counts', () => {
    expect([...trigrams('kock kock').entries()]).toEqual([[' ko', 2], ['koc', 2], ['ock', 2], ['ck ', 2]]);
  });
});

describe('LexicalIndex.splitCompound', () => {
  it('splits a compound into known words, head last, with a linking s', () => {
    expect(index.splitCompound('barnsjukskoterska')).toEqual(['barn', 'sjukskoterska']);
    expect(index.splitCompound('bussforare')).toEqual(['buss', 'forare']);
    expect(index.splitCompound('lastbilsforare')).toEqual(['lastbils', 'forare']);
    expect(index.splitCompound('kock')).toEqual([]);
  });

  it('gives a modifier with and without a linking s one key, even when both are words of the data', () => {
    const withBoth = new LexicalIndex(
      [{ text: 'Ventilationsmontör', lang: 'sv' }, { text: 'Ventilations- och sanitetsmontör', lang: 'sv' }],
      [{ text: 'ventilation montör ingenjör', lang: 'sv' }],
    );
    const modifiers = (q: string) => withBoth.analyze(q, { prefix: false }).words[0].alternatives.filter((a) => a.role === 'modifier').map((a) => a.key);
    expect(modifiers('ventilationsingenjör')).toEqual(['ventilation']);
    expect(modifiers('ventilationsmontörer')).toEqual(['ventilation']);
  });

  it('forgives one typo in a part of a query word', () => {
    expect(index.splitCompound('barnsjukskotrska', true)).toEqual(['barn', 'sjukskoterska']);
    expect(index.splitCompound('barnsjukskotrska')).toEqual([]);
  });

  it('forgives a typo in a short part or across the seam', () => {
    expect(index.splitCompound('bussfrare', true)).toEqual(['buss', 'forare']); // a letter left out of the head
    expect(index.splitCompound('bassforare', true)).toEqual(['buss', 'forare']); // a letter changed in a short modifier
    expect(index.splitCompound('barnsjukskoteska', true)).toEqual(['barn', 'sjukskoterska']);
    expect(index.splitCompound('xqzwkock', true)).toEqual([]); // more than one edit from a known part
  });

  it("stems an English query's compound parts as English", () => {
    const heads = (q: string) => index.analyze(q, { lang: 'en', prefix: false }).words[0].alternatives.filter((a) => a.role === 'head').map((a) => a.key);
    expect(heads('busdrivers')).toContain('driver');
  });
});

describe('LexicalIndex.search', () => {
  it('ranks the exact title first, then titles sharing its parts', () => {
    expect(top('sjuksköterska')[0]).toBe('Sjuksköterska');
    expect(top('sjuksköterska')).toContain('Barnsjuksköterska');
  });

  it('finds an unseen compound through its parts', () => {
    expect(top('barnsjuksköterskor')[0]).toBe('Barnsjuksköterska');
    expect(top('busschaufför')[0]).toBe('Bussförare');
  });

  it('forgives typos, plurals and missing å/ä/ö', () => {
    expect(top('kcok')[0]).toBe('Kock');
    expect(top('kockarna')[0]).toBe('Kock');
    expect(top('underskoterskor')[0]).toBe('Undersköterska, hemtjänst');
  });

  it('completes the last word while typing, but not after a space', () => {
    expect(top('unders')[0]).toBe('Undersköterska, hemtjänst');
    expect(index.analyze('unders ').words[0].alternatives.every((a) => a.weight === 1 || a.role !== 'word')).toBe(true);
  });

  it('matches English with English stems', () => {
    expect(top('bus drivers', 'en')[0]).toBe('bus driver');
  });

  it('finds nothing for input without words', () => {
    expect(index.search('  , . ')).toEqual([]);
  });

  it('uses learnt translations as weaker alternatives', () => {
    const withTranslations = new LexicalIndex(texts);
    withTranslations.setTranslations(new Map([['driver', [{ key: 'forar', p: 0.8 }]]]));
    const words = withTranslations.analyze('driver', { lang: 'en', prefix: false }).words[0];
    expect(words.alternatives).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'forar', weight: expect.closeTo(0.64, 5) })]));
  });
});
