/**
 * Text normalisation for the lexical search over job titles and skills: folding (case,
 * diacritics, Arabic letter variants), tokens, stop words and light stemmers for Swedish,
 * English and Arabic. Pure functions; both the indexed labels and the typed query go through them.
 */

/** A language a label is written in, or a query is typed in. */
export type TextLang = 'sv' | 'en' | 'ar';

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * Lower case without diacritics: "Undersköterska" → "underskoterska", "Café" → "cafe". Arabic:
 * no harakat or tatweel, one alef, hamza carriers as their base letter, ى → ي and ة → ه, so
 * "مُمَرِّضَة" and "ممرضه" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o');
}

/** Words that say nothing about an occupation ("och", "m.fl.", "övriga", "of", "the"; Arabic "في"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Swedish (folded)
  'och', 'o', 'i', 'inom', 'med', 'for', 'av', 'pa', 'till', 'vid', 'mfl', 'm', 'fl', 'samt', 'eller', 'ovriga', 'ovrig',
  'ovr', 'annan', 'andra', 'etc', 'inkl', 'mm', 'som', 'en', 'ett', 'den', 'det', 'de', 'utan', 'om',
  // English
  'of', 'the', 'and', 'in', 'for', 'a', 'an', 'to', 'at', 'on', 'with', 'or', 'other', 'others', 'etc', 'nec', 'as', 'by',
  // Arabic (folded)
  'في', 'من', 'و', 'او', 'على', 'مع',
]);

/** Folded words of a text, in order, stop words and one-letter words (except digits) dropped. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
}

/** True when the folded word is written in Arabic script. */
export function isArabic(word: string): boolean {
  return ARABIC_LETTER.test(word);
}

// ---- Swedish: plural and definite endings, stripped from folded words ----------------------------

/**
 * Endings of Swedish plural and definite forms and of agent nouns, longest first. Stripped up to
 * twice, so "montörerna" → "montor" → "mont" and "montör" → "mont" agree even without diacritics,
 * and the feminine "-erska" meets "-are": "städerska" and "städare" → "stad", "sjuksköterska" and
 * "sjukskötare" → "sjukskot".
 */
const SV_SUFFIXES = ['erska', 'ornas', 'arnas', 'ernas', 'orna', 'arna', 'erna', 'ersk', 'ande', 'aren', 'are', 'ern', 'or', 'ar', 'er', 'en', 'et', 'na', 'an', 'a', 'e'];
const VOWEL = /[aeiouy]/;

/** Swedish stem of a folded word: "undersköterskor" and "undersköterskan" → "underskotersk"; "lärarna" → "lar". */
export function stemSv(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  // Agent nouns in -iker ("tekniker", "elektrikern", "musikerna") keep their -er: stripped, they
  // would meet the field itself ("teknik", "elektrik", "musik") and every compound ending in it.
  const iker = /^(.{2,}iker)(nas|na|ns|n|s)?$/.exec(word);
  if (iker) return iker[1];
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SV_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3 && VOWEL.test(w.slice(0, -s.length)));
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}

/** English plural and possessive endings: "drivers" → "driver", "nurses" → "nurse", "babies" → "baby". */
export function stemEn(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Arabic light stem: the article and a conjunction or preposition before it, feminine and plural endings. */
export function stemAr(word: string): string {
  let w = word;
  for (const p of ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of ['ات', 'ون', 'ين', 'ه']) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

/** The stem of a folded word in a language (Arabic script is always stemmed as Arabic). */
export function stem(word: string, lang: TextLang): string {
  if (isArabic(word)) return stemAr(word);
  return lang === 'en' ? stemEn(word) : lang === 'sv' ? stemSv(word) : word;
}

/**
 * Damerau–Levenshtein distance (adjacent transpositions count once), giving up above `max`:
 * returns `max + 1` as soon as the distance must exceed it.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}
