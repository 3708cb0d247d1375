import { OccupationRanker, titleAlternatives } from './occupation-ranker';
import { testRows, testTranslations } from './test-rows';

const ranker = new OccupationRanker(testRows(), testTranslations);
const codes = (q: string, lang: 'sv' | 'en' | 'ar' = 'sv') => ranker.search(q, lang).map((h) => h.ssyk);

describe('titleAlternatives', () => {
  it('splits alternative titles and keeps the qualifier on each', () => {
    expect(titleAlternatives('Städare/Lokalvårdare')).toEqual(['Städare', 'Lokalvårdare']);
    expect(titleAlternatives('Kvalitetsingenjör/-tekniker, maskin')).toEqual(['Kvalitetsingenjör, maskin', 'tekniker, maskin']);
    expect(titleAlternatives('Producent, TV/radio')).toEqual(['Producent, TV/radio']);
    expect(titleAlternatives('Kock')).toEqual(['Kock']);
  });
});

describe('OccupationRanker', () => {
  it('finds the group of a Swedish title in plural, definite or compound form and with typos', () => {
    expect(codes('sjuksköterskor')[0]).toBe('2221');
    expect(codes('barnsjuksköterskan')[0]).toBe('2232');
    expect(codes('barnsjukskötare')[0]).toBe('2232');
    expect(codes('busschaufförer')[0]).toBe('8331');
    expect(codes('svetsarna')[0]).toBe('7212');
    expect(codes('kcok')[0]).toBe('5120');
  });

  it("tells the evaluation which terms each group's texts use, and which a query may stand for", () => {
    const vocabulary = ranker.groupVocabulary();
    // Description ("Lagar mat i restaurang och storkök") and titles of 5120, not of 7212.
    expect(vocabulary.get('5120')!.has('restaurang')).toBe(true);
    expect(vocabulary.get('7212')!.has('restaurang')).toBe(false);
    const [terms] = ranker.queryTerms('restaurangkockar', 'sv');
    expect(terms).toEqual(expect.arrayContaining(['restaurang', 'kock']));
  });

  it('keeps leading zeros', () => {
    const [officer] = ranker.search('officerare');
    expect(officer).toMatchObject({ ssyk: '0110', nameSv: 'Officerare' });
  });

  it("reaches an ESCO occupation's group through Sweden's mapping, not its ISCO code", () => {
    const hits = ranker.search('nurse responsible for general care', 'en');
    expect(hits[0]).toMatchObject({ ssyk: '2221', label: 'nurse responsible for general care', labelLang: 'en' });
    // Its mapping names no known title, so its labels are not searched at all.
    expect(ranker.search('armour welder', 'en').map((h) => h.label)).not.toContain('armour welder');
  });

  it('answers one hit per group, at most limit', () => {
    const hits = ranker.search('sköterska', 'sv', 50);
    expect(new Set(hits.map((h) => h.ssyk)).size).toBe(hits.length);
    expect(ranker.search('sköterska', 'sv', 1)).toHaveLength(1);
  });

  it("finds the product's translations, Arabic included, and shows the label in the language that matched", () => {
    const [first] = ranker.search('ممرضة', 'ar');
    expect(['2221', '5321']).toContain(first.ssyk);
    expect(first.labelLang).toBe('ar');
    expect(codes('nurse', 'en').slice(0, 2).sort()).toEqual(['2221', '5321']);
    expect(ranker.search('bussförare')[0]).toMatchObject({ label: 'Bussförare/Busschaufför', labelLang: 'sv' });
  });

  it('names groups in English from the mapped ISCO group, the product translation, or the closest ESCO occupation', () => {
    const nameEn = (q: string, code: string) => ranker.search(q).find((h) => h.ssyk === code)?.nameEn;
    expect(nameEn('bussförare', '8331')).toBe('Bus and tram drivers'); // ISCO group in the mapping
    expect(nameEn('sjuksköterska', '2221')).toBe('Registered nurse'); // the product's translation
    expect(nameEn('kock', '5120')).toBe('cook'); // linked ESCO occupation sharing the group's words
    expect(nameEn('officer', '0110')).toBe('Officerare'); // nothing better known
  });

  it('raises the score of a group by how many titles it has (the prior)', () => {
    const rows = testRows();
    const without = new OccupationRanker(rows, new Map(), { prior: 0 });
    const withPrior = new OccupationRanker(rows, new Map());
    const score = (r: OccupationRanker, code: string) => r.search('kock', 'sv', 10).find((h) => h.ssyk === code)?.score ?? 0;
    expect(score(withPrior, '5120')).toBeGreaterThan(score(without, '5120'));
  });

  it('answers nothing for text that resembles nothing, or has no words', () => {
    expect(ranker.search('xyzzy qwxq')).toEqual([]);
    expect(ranker.search(' ,. ')).toEqual([]);
  });
});
