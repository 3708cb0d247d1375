/**
 * Case-insensitive substring search in PostgreSQL (ILIKE), ranked so that the best matches come
 * first: the whole text, then texts starting with the query, then a word in them starting with
 * it, then any other match. Pure string building; the repository binds the parameters.
 */

/** Escapes `\`, `%` and `_` so user text matches literally in LIKE/ILIKE (whose escape is `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Trims and collapses whitespace; nothing left means "no filter". */
export function normalizeQuery(q: string | undefined): string | undefined {
  const t = q?.trim().replace(/\s+/g, ' ');
  return t ? t : undefined;
}

/** Named parameters the SQL below refers to. */
export interface SearchParameters {
  search_exact: string;
  search_prefix: string;
  search_word: string;
  search_contains: string;
}

export function searchParameters(q: string): SearchParameters {
  const e = escapeLike(q);
  return { search_exact: e, search_prefix: `${e}%`, search_word: `% ${e}%`, search_contains: `%${e}%` };
}

/** `(a ILIKE :search_contains OR b ILIKE :search_contains)`. */
export function searchWhereSql(columns: readonly string[]): string {
  return `(${columns.map((c) => `${c} ILIKE :search_contains`).join(' OR ')})`;
}

/** 0 (whole text) … 3 (anywhere), the best over all columns. */
export function searchRankSql(columns: readonly string[]): string {
  const rank = (c: string) =>
    `CASE WHEN ${c} ILIKE :search_exact THEN 0 WHEN ${c} ILIKE :search_prefix THEN 1 WHEN ${c} ILIKE :search_word THEN 2 ELSE 3 END`;
  return columns.length === 1 ? rank(columns[0]) : `LEAST(${columns.map(rank).join(', ')})`;
}
