import { editDistance, fold, stemAr, stemEn, stemSv, words } from './text';

describe('fold and words', () => {
  it('drops case, diacritics and Arabic harakat, and unifies Arabic letter variants', () => {
    expect(fold('Undersköterska')).toBe('underskoterska');
    expect(fold('Café')).toBe('cafe');
    expect(fold('مُمَرِّضَة')).toBe(fold('ممرضه'));
    expect(fold('أحمد')).toBe(fold('احمد'));
  });

  it('splits on anything but letters and digits and leaves out stop words and single letters', () => {
    expect(words('Kockar och kallskänkor m.fl.')).toEqual(['kockar', 'kallskankor']);
    expect(words('Lärare i grundskolan, årskurs 7-9')).toEqual(['larare', 'grundskolan', 'arskurs', '7', '9']);
    expect(words('Officer of the watch')).toEqual(['officer', 'watch']);
  });
});

describe('stemSv', () => {
  const same = (...forms: string[]) => new Set(forms.map((f) => stemSv(fold(f))));
  it('gives singular, plural and definite forms one stem, with or without å/ä/ö', () => {
    for (const forms of [
      ['undersköterska', 'undersköterskor', 'undersköterskan', 'undersköterskorna', 'underskoterska'],
      ['montör', 'montörer', 'montören', 'montorerna'],
      ['lärare', 'läraren', 'lärarna'],
      ['kock', 'kockar', 'kocken', 'kockarna'],
      ['elektriker', 'elektrikern', 'elektrikerna'],
    ]) {
      expect({ forms, stems: same(...forms).size }).toEqual({ forms, stems: 1 });
    }
  });

  it('lets the feminine -erska meet -are (städerska/städare, sjuksköterska/sjukskötare)', () => {
    expect(same('städerska', 'städare').size).toBe(1);
    expect(same('sjuksköterska', 'sjukskötare').size).toBe(1);
  });

  it('keeps the -er of agent nouns in -iker apart from the field ("tekniker" is not "teknik")', () => {
    expect(same('tekniker', 'teknikern', 'teknikerna', 'teknikers').size).toBe(1);
    expect(stemSv('tekniker')).not.toBe(stemSv('teknik'));
    expect(stemSv('elektriker')).not.toBe(stemSv('elektrik'));
  });

  it('keeps short words and words with digits as they are', () => {
    expect(stemSv('vvs')).toBe('vvs');
    expect(stemSv('c4a')).toBe('c4a');
  });
});

describe('stemEn and stemAr', () => {
  it('strips English plurals', () => {
    expect(['drivers', 'nurses', 'babies', 'cooks', 'boxes'].map(stemEn)).toEqual(['driver', 'nurse', 'baby', 'cook', 'box']);
    expect(stemEn('boss')).toBe('boss');
    expect(stemEn('analysis')).toBe('analysis');
  });

  it('strips the Arabic article, feminine ending and sound plurals', () => {
    const nurse = stemAr(fold('ممرض'));
    expect(stemAr(fold('ممرضة'))).toBe(nurse);
    expect(stemAr(fold('الممرضات'))).toBe(nurse);
    expect(stemAr(fold('السائقين'))).toBe(stemAr(fold('سائق')));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours once each', () => {
    expect(editDistance('kock', 'kock', 2)).toBe(0);
    expect(editDistance('kcok', 'kock', 2)).toBe(1);
    expect(editDistance('svetsare', 'svetare', 2)).toBe(1);
    expect(editDistance('svetsare', 'svetsarna', 2)).toBe(2);
  });

  it('gives up above the limit', () => {
    expect(editDistance('kock', 'snickare', 2)).toBe(3);
  });
});
