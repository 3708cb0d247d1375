import { editDistance, fold, isArabic, stem, stemEn, stemSv, words, type TextLang } from './text';

/**
 * An in-memory lexical index over short texts (job titles, skill labels) that scores how well a
 * typed query matches each text. Pure and synchronous: built once from the reference data, then
 * queried in about a millisecond.
 *
 * A text and a query are bags of words. Each word stands for terms: its stem (Swedish plural and
 * definite endings, English plural, Arabic article and feminine ending stripped) and, for a
 * Swedish compound, the parts the data's own vocabulary splits it into ("barnsjuksköterska" →
 * head "sjuksköterska", modifier "barn"; the head split again → "sköterska"), at lower weights.
 * A query word the data does not contain is matched to data words one or two typos away, and
 * the last word also matches words it begins (typing as you go). Each query word aligns with its
 * best counterpart in a text; how much of the query and how much of the text is explained, each
 * weighted by the words' rarity (idf), make the word score. A character-trigram cosine over the
 * whole text adds tolerance for what word matching misses (split or joined words, other typos).
 */

export interface LexicalEntryInput {
  text: string;
  lang: TextLang;
}

export interface LexicalWeights {
  /** Weight of a compound's head (the last part) as a term of the whole word. */
  head: number;
  /** Each further level of head (the head of the head …) is multiplied by this. */
  headDecay: number;
  /** Weight of a compound's modifier (the part before the head). */
  modifier: number;
  /** A query word matched through a data word one typo away / two typos away. */
  typo1: number;
  typo2: number;
  /** The last query word matched as the beginning of a longer data word. */
  prefix: number;
  /** A query word matched through a learnt translation (times the translation's probability). */
  translation: number;
  /** Exponents of query coverage and text coverage in the word score. */
  queryCoverage: number;
  textCoverage: number;
  /** Share of the trigram cosine in an entry's score (the rest is the word score). */
  trigram: number;
}

export const DEFAULT_WEIGHTS: LexicalWeights = {
  head: 0.75,
  headDecay: 0.8,
  modifier: 0.35,
  typo1: 0.85,
  typo2: 0.7,
  prefix: 0.8,
  translation: 0.8,
  queryCoverage: 1,
  textCoverage: 0.35,
  trigram: 0.25,
};

export interface LexicalSearchOptions {
  /** The language the person types in: its stemmer is tried first. Default sv. */
  lang?: TextLang;
  /** Let the last word match as the start of longer words (typing as you go). Default true. */
  prefix?: boolean;
}

export interface EntryMatch {
  /** Index of the entry in the input array. */
  entry: number;
  score: number;
}

/** What a term is of its word: the word itself (its stem), the head of a compound, or a modifier. */
export type TermRole = 'word' | 'head' | 'modifier';

export interface Term {
  key: string;
  weight: number;
  role: TermRole;
}

/** One word of a query and the terms it may stand for, with weights (1 = the word itself). */
export interface QueryWord {
  word: string;
  alternatives: Term[];
  /** Rarity of the word among the entries (idf of its best known term). */
  idf: number;
}

/** A query turned into words and terms; computed once, used by every scorer. */
export interface QueryAnalysis {
  folded: string;
  words: QueryWord[];
}

const MIN_PART = 3;
/** Letters a typo correction may put in (folded text has no å, ä, ö). */
const EDIT_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MIN_HEAD = 4;
const PREFIX_COMPLETIONS = 24;
const FUZZY_CANDIDATES = 40;
/** Bound on the memo of compound splits (query words are user input). */
const SPLIT_CACHE_MAX = 50_000;

/** Trigrams of a folded text, words padded with a space on each side; counts per trigram. */
export function trigrams(folded: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const g = padded.slice(i, i + 3);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
  }
  return out;
}

interface Postings {
  entry: Int32Array;
  /** Global index of the entry's word the term belongs to. */
  word: Int32Array;
  weight: Float32Array;
}

export class LexicalIndex {
  readonly size: number;
  private readonly weights: LexicalWeights;
  /** Entry e's words are wordIdf[wordStart[e] … wordStart[e + 1]). */
  private readonly wordStart: Int32Array;
  private readonly wordIdf: Float64Array;
  private readonly entryIdfSum: Float64Array;
  private readonly postings = new Map<string, Postings>();
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  /** Folded data words: how many texts use them, and the keys each stands for as a whole word. */
  private readonly vocabulary = new Map<string, { df: number; keys: string[] }>();
  private readonly vocabularyList: string[];
  private readonly sortedVocabulary: string[];
  private readonly vocabularyByLength = new Map<number, string[]>();
  /** Trigram → indexes into vocabularyList of the words containing it (typo candidates). */
  private readonly vocabularyGrams = new Map<string, Int32Array>();
  /** Words a compound may be split into (folded), and their Swedish stems. */
  private readonly dictionary = new Set<string>();
  private readonly dictionaryStems: Set<string>;
  private readonly splitCache = new Map<string, string[]>();
  private translations = new Map<string, { key: string; p: number }[]>();
  private readonly gramPostings = new Map<string, { entry: Int32Array; weight: Float32Array }>();
  private readonly gramIdf = new Map<string, number>();
  // Scratch space of search(), reused between calls (searches are synchronous).
  private readonly slotOf: Int32Array;
  private readonly wordAcc: Float64Array;
  private readonly cosAcc: Float64Array;
  private readonly vocabularyCounts: Int32Array;

  /**
   * @param entries the texts that are scored, each in its language
   * @param vocabulary further texts (descriptions, skills) whose words queries may use: they
   *   count as known words (not typos to correct), as completions and as compound parts
   */
  constructor(entries: readonly LexicalEntryInput[], vocabulary: readonly LexicalEntryInput[] = [], weights: Partial<LexicalWeights> = {}) {
    this.weights = { ...DEFAULT_WEIGHTS, ...weights };
    this.size = entries.length;
    const entryWords = entries.map((e) => [...new Set(words(e.text))]);
    const extraWords = vocabulary.map((e) => [...new Set(words(e.text))]);
    for (const ws of [...entryWords, ...extraWords]) for (const w of ws) if (w.length >= MIN_PART && !/\d/.test(w)) this.dictionary.add(w);
    this.dictionaryStems = new Set([...this.dictionary].map(stemSv));

    const vocabularyKeys = new Map<string, { df: number; keys: Set<string> }>();
    const see = (w: string, key: string) => {
      const v = vocabularyKeys.get(w) ?? { df: 0, keys: new Set<string>() };
      v.df++;
      v.keys.add(key);
      vocabularyKeys.set(w, v);
    };

    // Terms of every entry word → postings and (weighted) document frequencies.
    const raw = new Map<string, { entry: number[]; word: number[]; weight: number[] }>();
    const df = new Map<string, number>();
    this.wordStart = new Int32Array(entries.length + 1);
    const firstKeys: string[] = [];
    let wordIndex = 0;
    entries.forEach((e, entry) => {
      this.wordStart[entry] = wordIndex;
      const seen = new Map<string, number>();
      for (const w of entryWords[entry]) {
        const terms = this.termsOf(w, e.lang);
        see(w, terms[0].key);
        firstKeys.push(terms[0].key);
        for (const t of terms) {
          let p = raw.get(t.key);
          if (!p) raw.set(t.key, (p = { entry: [], word: [], weight: [] }));
          p.entry.push(entry);
          p.word.push(wordIndex);
          p.weight.push(t.weight);
          seen.set(t.key, Math.max(seen.get(t.key) ?? 0, t.weight));
        }
        wordIndex++;
      }
      for (const [key, w] of seen) df.set(key, (df.get(key) ?? 0) + w);
    });
    this.wordStart[entries.length] = wordIndex;
    extraWords.forEach((ws, i) => {
      for (const w of ws) see(w, stem(w, vocabulary[i].lang));
    });

    const n = Math.max(1, entries.length);
    let maxIdf = 0;
    for (const [key, p] of raw) {
      this.postings.set(key, { entry: Int32Array.from(p.entry), word: Int32Array.from(p.word), weight: Float32Array.from(p.weight) });
      const idf = Math.log(1 + n / (df.get(key) ?? 1));
      this.idf.set(key, idf);
      maxIdf = Math.max(maxIdf, idf);
    }
    this.maxIdf = maxIdf || 1;
    this.wordIdf = Float64Array.from(firstKeys, (k) => this.idf.get(k) ?? this.maxIdf);
    this.entryIdfSum = new Float64Array(entries.length);
    for (let e = 0; e < entries.length; e++) {
      for (let j = this.wordStart[e]; j < this.wordStart[e + 1]; j++) this.entryIdfSum[e] += this.wordIdf[j];
    }

    for (const [w, v] of vocabularyKeys) this.vocabulary.set(w, { df: v.df, keys: [...v.keys] });
    this.vocabularyList = [...this.vocabulary.keys()];
    this.sortedVocabulary = [...this.vocabularyList].sort();
    for (const w of this.vocabularyList) {
      if (w.length > 6) continue;
      const list = this.vocabularyByLength.get(w.length);
      if (list) list.push(w);
      else this.vocabularyByLength.set(w.length, [w]);
    }
    const grams = new Map<string, number[]>();
    this.vocabularyList.forEach((w, i) => {
      for (const g of trigrams(w).keys()) {
        const list = grams.get(g);
        if (list) list.push(i);
        else grams.set(g, [i]);
      }
    });
    for (const [g, list] of grams) this.vocabularyGrams.set(g, Int32Array.from(list));

    // Character trigrams: tf-idf, each entry's vector normalised.
    const entryGrams = entries.map((e) => trigrams(fold(e.text)));
    const gdf = new Map<string, number>();
    for (const g of entryGrams) for (const k of g.keys()) gdf.set(k, (gdf.get(k) ?? 0) + 1);
    for (const [k, d] of gdf) this.gramIdf.set(k, Math.log(1 + n / d));
    const gramRaw = new Map<string, { entry: number[]; weight: number[] }>();
    entryGrams.forEach((g, entry) => {
      let norm = 0;
      for (const [k, tf] of g) norm += (tf * this.gramIdf.get(k)!) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (const [k, tf] of g) {
        let p = gramRaw.get(k);
        if (!p) gramRaw.set(k, (p = { entry: [], weight: [] }));
        p.entry.push(entry);
        p.weight.push((tf * this.gramIdf.get(k)!) / norm);
      }
    });
    for (const [k, p] of gramRaw) this.gramPostings.set(k, { entry: Int32Array.from(p.entry), weight: Float32Array.from(p.weight) });

    this.slotOf = new Int32Array(entries.length).fill(-1);
    this.wordAcc = new Float64Array(wordIndex);
    this.cosAcc = new Float64Array(entries.length);
    this.vocabularyCounts = new Int32Array(this.vocabularyList.length);
  }

  /**
   * Translations of terms (e.g. learnt from parallel Swedish/English labels): a query term also
   * stands for its translations, weighted by their probability.
   */
  setTranslations(table: ReadonlyMap<string, readonly { key: string; p: number }[]>): void {
    this.translations = new Map([...table].map(([k, list]) => [k, [...list]]));
  }

  /** The terms of a text with their weights (the best per term over its words). */
  termsOfText(text: string, lang: TextLang): Map<string, number> {
    const out = new Map<string, number>();
    for (const w of new Set(words(text))) {
      for (const t of this.termsOf(w, lang)) out.set(t.key, Math.max(out.get(t.key) ?? 0, t.weight));
    }
    return out;
  }

  /**
   * Splits a folded word into dictionary parts, head last: "barnsjukskoterska" → ["barn",
   * "sjukskoterska"]. The head is the longest dictionary word (or its stem) the word ends with
   * such that what is before it is a dictionary word too (with an optional linking "s" or a
   * dropped final vowel); failing that, a part one typo from a dictionary word; failing that, a
   * long head alone. [] when the word does not split.
   */
  splitCompound(word: string, forgiveTypos = false): string[] {
    const cacheKey = forgiveTypos ? `~${word}` : word;
    const cached = this.splitCache.get(cacheKey);
    if (cached) return cached;
    let result: string[] = [];
    if (word.length >= MIN_PART + MIN_HEAD && !isArabic(word) && !/\d/.test(word)) {
      let fallback: string[] = [];
      for (let i = MIN_PART; i <= word.length - MIN_HEAD; i++) {
        const head = word.slice(i);
        if (!this.isDictionaryWord(head)) continue;
        const mod = word.slice(0, i);
        if (this.isModifier(mod)) {
          result = [mod, head];
          break;
        }
        if (fallback.length === 0 && head.length >= 6) fallback = [mod, head];
      }
      if (result.length === 0 && forgiveTypos && !this.vocabulary.has(word)) result = this.splitWithTypo(word);
      if (result.length === 0) result = fallback;
    }
    if (this.splitCache.size >= SPLIT_CACHE_MAX) this.splitCache.clear();
    this.splitCache.set(cacheKey, result);
    return result;
  }

  /**
   * A compound with a typo in one part: a known modifier and a head one typo from a known word
   * ("barnsjukskötrska"), or a known head and such a modifier. Returns the corrected parts.
   */
  private splitWithTypo(word: string): string[] {
    for (let i = word.length - MIN_HEAD; i >= MIN_PART; i--) {
      const head = word.slice(i);
      if (head.length >= 5 && !this.isDictionaryWord(head) && this.isModifier(word.slice(0, i))) {
        const near = this.nearWords(head, 1)[0];
        if (near) return [word.slice(0, i), near.word];
      }
    }
    for (let i = 5; i <= word.length - MIN_HEAD; i++) {
      const mod = word.slice(0, i);
      if (this.isDictionaryWord(word.slice(i)) && !this.isModifier(mod)) {
        // A linking "s" stays out of the comparison: "försäljnigns|chef" → "försäljning".
        const near = this.nearWords(mod, 1)[0] ?? (mod.endsWith('s') ? this.nearWords(mod.slice(0, -1), 1)[0] : undefined);
        if (near) return [near.word, word.slice(i)];
      }
    }
    return this.splitOneEditAway(word);
  }

  /**
   * The clean split of a word one edit away (a letter left out, added, changed or two swapped),
   * for typos the part-wise search misses: in a short part ("srädchef" → "städ|chef") or across
   * the seam ("fritidshef" → "fritids|chef"). Among several, the one whose parts the data uses most.
   */
  private splitOneEditAway(word: string): string[] {
    if (word.length < MIN_PART + MIN_HEAD || word.length > 30) return [];
    let best: string[] = [];
    let bestScore = -1;
    const df = (w: string) => this.vocabulary.get(w)?.df ?? 1;
    const take = (mod: string, head: string) => {
      const score = Math.log(1 + df(mod)) + Math.log(1 + df(head));
      if (score > bestScore) [best, bestScore] = [[mod, head], score];
    };
    // One side of a seam is a known part as typed; the other is one edit from one.
    for (let i = MIN_PART - 1; i <= word.length - MIN_HEAD + 1; i++) {
      const mod = word.slice(0, i);
      const head = word.slice(i);
      if (head.length >= MIN_HEAD && this.isDictionaryWord(head)) {
        for (const m of oneEditAway(mod)) if (m.length >= MIN_PART && this.isModifier(m)) take(m, head);
      }
      if (mod.length >= MIN_PART && this.isModifier(mod)) {
        for (const h of oneEditAway(head)) if (h.length >= MIN_HEAD && this.isDictionaryWord(h)) take(mod, h);
      }
    }
    return best;
  }

  private isDictionaryWord(w: string): boolean {
    return this.dictionary.has(w) || this.dictionaryStems.has(stemSv(w));
  }

  private isModifier(mod: string): boolean {
    if (this.isDictionaryWord(mod)) return true;
    // Linking -s- ("arbetsledare") and a dropped final vowel ("skolsköterska" from "skola").
    if (mod.length > MIN_PART && mod.endsWith('s') && this.isDictionaryWord(mod.slice(0, -1))) return true;
    return this.dictionary.has(`${mod}a`) || this.dictionary.has(`${mod}e`);
  }

  /** The weighted terms a folded word stands for in a language: its stem, then compound parts. */
  private termsOf(word: string, lang: TextLang): Term[] {
    const terms: Term[] = [{ key: stem(word, lang), weight: 1, role: 'word' }];
    if (lang === 'sv') this.addCompoundTerms(word, terms);
    return terms;
  }

  private addCompoundTerms(word: string, terms: Term[], forgiveTypos = false, lang: TextLang = 'sv'): void {
    const { head: headWeight, headDecay, modifier } = this.weights;
    let current = word;
    let weight = headWeight;
    for (let depth = 0; depth < 3; depth++) {
      const parts = this.splitCompound(current, forgiveTypos && depth === 0);
      if (parts.length < 2) return;
      const [mod, head] = parts;
      // A linking "s" goes whenever the word without it is known: "ventilations|montör" and
      // "ventilation|ingenjör" share the modifier "ventilation".
      const bareMod = mod.endsWith('s') && mod.length > MIN_PART + 1 && (!this.isDictionaryWord(mod) || this.isDictionaryWord(mod.slice(0, -1))) ? mod.slice(0, -1) : mod;
      // An English query's parts are stemmed as English too: "aroma|therapists" meets "therapist".
      for (const s of partStems(bareMod, lang)) push(terms, s, modifier * (depth === 0 ? 1 : headDecay), 'modifier');
      for (const s of partStems(head, lang)) push(terms, s, weight, 'head');
      current = head;
      weight *= headDecay;
    }
  }

  /** Alternatives for one query word: stems, compound parts, typo corrections, completions. */
  private alternatives(word: string, lang: TextLang, last: boolean, prefix: boolean): QueryWord {
    const alts: Term[] = [];
    const primary = isArabic(word) ? [stem(word, 'ar')] : lang === 'en' ? [stemEn(word), stemSv(word)] : [stemSv(word), stemEn(word)];
    for (const key of primary) push(alts, key, 1, 'word');
    if (!isArabic(word)) this.addCompoundTerms(word, alts, true, lang);
    const known = primary.filter((k) => this.idf.has(k));
    let idf = known.length ? Math.max(...known.map((k) => this.idf.get(k)!)) : 0;

    if (!this.vocabulary.has(word) && known.length === 0) {
      for (const { word: w, distance } of this.nearWords(word)) {
        const weight = distance === 1 ? this.weights.typo1 : this.weights.typo2;
        for (const key of this.vocabulary.get(w)!.keys) {
          push(alts, key, weight, 'word');
          idf = Math.max(idf, this.idf.get(key) ?? 0);
        }
      }
    }
    for (const alt of [...alts]) {
      for (const tr of this.translations.get(alt.key) ?? []) {
        push(alts, tr.key, alt.weight * this.weights.translation * tr.p, alt.role);
      }
    }
    if (last && prefix && word.length >= 2) {
      for (const w of this.completions(word)) {
        for (const key of this.vocabulary.get(w)!.keys) {
          push(alts, key, this.weights.prefix, 'word');
          if (idf === 0) idf = this.idf.get(key) ?? 0;
        }
      }
    }
    // A word nothing in the data resembles still counts, against every text alike.
    return { word, alternatives: alts, idf: idf || this.maxIdf };
  }

  /** Data words within one typo (words of 4–7 letters) or two typos (8 or more) of a word, the closest only. */
  private nearWords(word: string, limit = 2): { word: string; distance: number }[] {
    if (word.length < 4) return [];
    const max = Math.min(limit, word.length >= 8 ? 2 : 1);
    if (word.length <= 5) return this.nearShortWords(word);
    const grams = [...trigrams(word).keys()];
    // One typo spoils at most four trigrams (two swapped letters).
    const needed = Math.max(1, grams.length - 4 * max);
    const counts = this.vocabularyCounts;
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.vocabularyGrams.get(g);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        if (counts[list[k]]++ === 0) touched.push(list[k]);
      }
    }
    const candidates: { i: number; count: number }[] = [];
    for (const i of touched) {
      if (counts[i] >= needed && Math.abs(this.vocabularyList[i].length - word.length) <= max) candidates.push({ i, count: counts[i] });
      counts[i] = 0;
    }
    candidates.sort((a, b) => b.count - a.count || this.vocabulary.get(this.vocabularyList[b.i])!.df - this.vocabulary.get(this.vocabularyList[a.i])!.df);
    let best = max + 1;
    const found: { word: string; distance: number }[] = [];
    for (const c of candidates.slice(0, FUZZY_CANDIDATES)) {
      const w = this.vocabularyList[c.i];
      const d = editDistance(word, w, max);
      if (d > best) continue;
      if (d < best) found.length = 0;
      best = d;
      found.push({ word: w, distance: d });
    }
    return best <= max ? found : [];
  }

  /** Short words share too few trigrams with their typos ("kcok"): compare with every data word of about their length. */
  private nearShortWords(word: string): { word: string; distance: number }[] {
    const found: { word: string; distance: number }[] = [];
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      for (const w of this.vocabularyByLength.get(len) ?? []) if (editDistance(word, w, 1) === 1) found.push({ word: w, distance: 1 });
    }
    return found.sort((a, b) => this.vocabulary.get(b.word)!.df - this.vocabulary.get(a.word)!.df).slice(0, 8);
  }

  /** The most used data words that begin with a (partly typed) word, the word itself excluded. */
  private completions(start: string): string[] {
    const v = this.sortedVocabulary;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < v.length && v[i].startsWith(start); i++) if (v[i] !== start) found.push(v[i]);
    if (found.length <= PREFIX_COMPLETIONS) return found;
    return found.sort((a, b) => this.vocabulary.get(b)!.df - this.vocabulary.get(a)!.df).slice(0, PREFIX_COMPLETIONS);
  }

  /** The query's words and the terms each may stand for. */
  analyze(query: string, options: LexicalSearchOptions = {}): QueryAnalysis {
    const lang = options.lang ?? 'sv';
    const folded = fold(query);
    const qWords = [...new Set(words(query))];
    // The last word may be incomplete unless the person typed a space after it.
    const prefix = (options.prefix ?? true) && /[\p{L}\p{N}]$/u.test(folded);
    return { folded, words: qWords.map((w, i) => this.alternatives(w, lang, i === qWords.length - 1, prefix)) };
  }

  /**
   * The entries that match the query best (score 0…1), best first, at most `limit` (200), none
   * below a tenth of the best or below `minScore`.
   */
  search(query: string | QueryAnalysis, options: LexicalSearchOptions & { limit?: number; minScore?: number } = {}): EntryMatch[] {
    const analysis = typeof query === 'string' ? this.analyze(query, options) : query;
    const qWords = analysis.words;
    const nq = qWords.length;
    if (nq === 0) return [];
    const qIdfSum = qWords.reduce((a, w) => a + w.idf, 0);

    // Word alignment: per entry, the best match of each query word (qAcc) and of each of its words (wordAcc).
    const { slotOf, wordAcc, cosAcc } = this;
    const touched: number[] = [];
    let qAcc = new Float64Array(64 * nq);
    qWords.forEach(({ alternatives }, i) => {
      for (const alt of alternatives) {
        const p = this.postings.get(alt.key);
        if (!p) continue;
        for (let k = 0; k < p.entry.length; k++) {
          const entry = p.entry[k];
          let slot = slotOf[entry];
          if (slot < 0) {
            slot = slotOf[entry] = touched.length;
            touched.push(entry);
            if ((slot + 1) * nq > qAcc.length) {
              const grown = new Float64Array(qAcc.length * 2);
              grown.set(qAcc);
              qAcc = grown;
            }
          }
          const v = alt.weight * p.weight[k];
          if (v > qAcc[slot * nq + i]) qAcc[slot * nq + i] = v;
          if (v > wordAcc[p.word[k]]) wordAcc[p.word[k]] = v;
        }
      }
    });

    // Trigram cosine of the whole query against every entry sharing a trigram.
    const qGrams = trigrams(analysis.folded);
    let qNorm = 0;
    for (const [g, tf] of qGrams) qNorm += (tf * (this.gramIdf.get(g) ?? 0)) ** 2;
    qNorm = Math.sqrt(qNorm) || 1;
    const cosTouched: number[] = [];
    for (const [g, tf] of qGrams) {
      const p = this.gramPostings.get(g);
      if (!p) continue;
      const qw = (tf * this.gramIdf.get(g)!) / qNorm;
      for (let k = 0; k < p.entry.length; k++) {
        const e = p.entry[k];
        if (cosAcc[e] === 0) cosTouched.push(e);
        cosAcc[e] += qw * p.weight[k];
      }
    }

    const { queryCoverage, textCoverage, trigram } = this.weights;
    const scores: EntryMatch[] = [];
    let max = 0;
    for (let slot = 0; slot < touched.length; slot++) {
      const entry = touched[slot];
      let qs = 0;
      for (let i = 0; i < nq; i++) qs += qWords[i].idf * qAcc[slot * nq + i];
      let ls = 0;
      for (let j = this.wordStart[entry]; j < this.wordStart[entry + 1]; j++) {
        ls += this.wordIdf[j] * wordAcc[j];
        wordAcc[j] = 0;
      }
      const lc = this.entryIdfSum[entry] > 0 ? ls / this.entryIdfSum[entry] : 0;
      const score = (1 - trigram) * (qs / qIdfSum) ** queryCoverage * lc ** textCoverage + trigram * cosAcc[entry];
      cosAcc[entry] = 0;
      slotOf[entry] = -1;
      if (score > 0) scores.push({ entry, score });
      if (score > max) max = score;
    }
    for (const entry of cosTouched) {
      if (cosAcc[entry] === 0) continue; // scored above
      const score = trigram * cosAcc[entry];
      cosAcc[entry] = 0;
      if (score > 0) scores.push({ entry, score });
      if (score > max) max = score;
    }
    const floor = Math.max(max / 10, options.minScore ?? 0);
    return scores
      .filter((s) => s.score >= floor)
      .sort((a, b) => b.score - a.score || a.entry - b.entry)
      .slice(0, options.limit ?? 200);
  }
}

/** The stems a compound part stands for: Swedish, and for an English query also English. */
function partStems(part: string, lang: TextLang): string[] {
  const sv = stemSv(part);
  if (lang !== 'en') return [sv];
  const en = stemEn(part);
  return en === sv ? [sv] : [en, sv];
}

/** Every string one edit from a word: a letter left out, added or changed, or two letters swapped. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let p = 0; p <= word.length; p++) {
    if (p < word.length) out.add(word.slice(0, p) + word.slice(p + 1));
    if (p + 1 < word.length) out.add(word.slice(0, p) + word[p + 1] + word[p] + word.slice(p + 2));
    for (const c of EDIT_LETTERS) {
      if (p < word.length && c !== word[p]) out.add(word.slice(0, p) + c + word.slice(p + 1));
      out.add(word.slice(0, p) + c + word.slice(p));
    }
  }
  out.delete(word);
  return out;
}

function push(terms: Term[], key: string, weight: number, role: Term['role']): void {
  if (!key) return;
  const existing = terms.find((t) => t.key === key);
  if (!existing) terms.push({ key, weight, role });
  else if (weight > existing.weight) Object.assign(existing, { weight, role });
}
