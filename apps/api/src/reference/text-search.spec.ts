import { escapeLike, normalizeQuery, searchParameters, searchRankSql, searchWhereSql } from './text-search';

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%')).toBe('100\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('C:\\temp')).toBe('C:\\\\temp');
    expect(escapeLike('%_\\')).toBe('\\%\\_\\\\');
  });

  it('leaves other text alone', () => {
    expect(escapeLike("Örebro [Ö]'s *?")).toBe("Örebro [Ö]'s *?");
  });
});

describe('normalizeQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeQuery('  Upplands   Väsby ')).toBe('Upplands Väsby');
  });

  it('treats blank as no filter', () => {
    expect(normalizeQuery('')).toBeUndefined();
    expect(normalizeQuery('   ')).toBeUndefined();
    expect(normalizeQuery(undefined)).toBeUndefined();
  });
});

describe('searchParameters', () => {
  it('builds escaped patterns for each rank', () => {
    expect(searchParameters('50%')).toEqual({
      search_exact: '50\\%',
      search_prefix: '50\\%%',
      search_word: '% 50\\%%',
      search_contains: '%50\\%%',
    });
  });
});

describe('search SQL', () => {
  it('matches any of the columns', () => {
    expect(searchWhereSql(['e.labelSv', 'e.labelEn'])).toBe('(e.labelSv ILIKE :search_contains OR e.labelEn ILIKE :search_contains)');
  });

  it('ranks one column with a CASE and several with LEAST', () => {
    expect(searchRankSql(['m.name'])).toBe(
      'CASE WHEN m.name ILIKE :search_exact THEN 0 WHEN m.name ILIKE :search_prefix THEN 1 WHEN m.name ILIKE :search_word THEN 2 ELSE 3 END',
    );
    expect(searchRankSql(['a', 'b'])).toMatch(/^LEAST\(CASE WHEN a ILIKE .* END, CASE WHEN b ILIKE .* END\)$/);
  });
});
