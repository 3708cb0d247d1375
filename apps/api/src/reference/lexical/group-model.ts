import type { QueryAnalysis } from './lexical-index';

/** A text counted towards groups: its terms (weight per term) and how much it belongs to each group. */
export interface GroupText {
  terms: ReadonlyMap<string, number>;
  groups: ReadonlyMap<string, number>;
}

export interface GroupLanguageModelWeights {
  /** Dirichlet smoothing: how many pseudo-terms of the whole collection each group gets. */
  mu: number;
  /** Exponents of a compound's head and modifier likelihoods when the whole word is not matched. */
  head: number;
  modifier: number;
}

export const DEFAULT_GROUP_LM_WEIGHTS: GroupLanguageModelWeights = { mu: 30, head: 0.6, modifier: 0.4 };

/**
 * Query likelihood per group (a naive Bayes classifier over terms): how likely the group's pooled
 * texts are to produce the query's words, each word through its best term (whole stem, typo
 * correction, completion) or its compound parts together, with Dirichlet smoothing. A term
 * concentrated in a few groups ("arbetsledare") points at them however many groups use it once.
 * Scores are per-word likelihood ratios to the best group: 1 for the best, 0…1 for the rest.
 */
export class GroupLanguageModel {
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly background = new Map<string, number>();
  private readonly groups: string[];
  private readonly length: Float64Array;
  private readonly weights: GroupLanguageModelWeights;

  constructor(texts: readonly GroupText[], weights: Partial<GroupLanguageModelWeights> = {}) {
    this.weights = { ...DEFAULT_GROUP_LM_WEIGHTS, ...weights };
    const length = new Map<string, number>();
    let total = 0;
    for (const t of texts) {
      for (const [group, gw] of t.groups) {
        for (const [key, tw] of t.terms) {
          let p = this.postings.get(key);
          if (!p) this.postings.set(key, (p = new Map()));
          p.set(group, (p.get(group) ?? 0) + gw * tw);
          length.set(group, (length.get(group) ?? 0) + gw * tw);
          this.background.set(key, (this.background.get(key) ?? 0) + gw * tw);
          total += gw * tw;
        }
      }
    }
    for (const [key, n] of this.background) this.background.set(key, n / (total || 1));
    this.groups = [...length.keys()].sort();
    this.length = Float64Array.from(this.groups, (g) => length.get(g)!);
  }

  score(query: QueryAnalysis): Map<string, number> {
    const { mu, head, modifier } = this.weights;
    const n = this.groups.length;
    const ll = new Float64Array(n);
    let counted = 0;
    const logP = (key: string, i: number, tf: number) => Math.log((tf + mu * this.background.get(key)!) / (this.length[i] + mu));
    for (const word of query.words) {
      const known = word.alternatives.filter((a) => this.background.has(a.key));
      if (known.length === 0) continue;
      counted++;
      const byRole = { word: known.filter((a) => a.role === 'word'), head: known.filter((a) => a.role === 'head'), modifier: known.filter((a) => a.role === 'modifier') };
      // Only a modifier known ("arom" of "aromatherapists"): it stands for the word, else every
      // group would score -∞ and the whole answer NaN.
      if (byRole.word.length === 0 && byRole.head.length === 0) [byRole.word, byRole.modifier] = [byRole.modifier, []];
      for (let i = 0; i < n; i++) {
        const g = this.groups[i];
        const best = (alts: typeof known) => {
          let b = -Infinity;
          for (const a of alts) {
            const v = Math.log(a.weight) + logP(a.key, i, this.postings.get(a.key)!.get(g) ?? 0);
            if (v > b) b = v;
          }
          return b;
        };
        const whole = best(byRole.word);
        const h = best(byRole.head);
        const m = best(byRole.modifier);
        const compound = h === -Infinity ? -Infinity : m === -Infinity ? h : head * h + modifier * m;
        ll[i] += Math.max(whole, compound);
      }
    }
    const out = new Map<string, number>();
    if (counted === 0) return out;
    const max = Math.max(...ll);
    for (let i = 0; i < n; i++) out.set(this.groups[i], Math.exp((ll[i] - max) / counted));
    return out;
  }
}

/** Character n-grams (3 and 4 letters by default) of each folded word, padded with spaces, with counts. */
export function charGrams(foldedWords: readonly string[], sizes: readonly number[] = [3, 4]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of foldedWords) {
    const padded = ` ${w} `;
    for (const n of sizes) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        out.set(g, (out.get(g) ?? 0) + 1);
      }
    }
  }
  return out;
}

/**
 * Naive Bayes over character n-grams per group: recognises parts of words without knowing where a
 * compound splits ("pappersvaruarbetare" shares "pappersvaru" with "pappersvaruindustri") and
 * forgives typos. Scores as GroupLanguageModel: per-n-gram likelihood ratio to the best group.
 */
export class GroupCharModel {
  /** Per n-gram: the groups that have it and log((count + μ·p) / (μ·p)), the gain over smoothing alone. */
  private readonly postings = new Map<string, { groups: Int32Array; gain: Float64Array }>();
  private readonly groups: string[];
  /** log(length + μ) per group: the smoothed denominator every n-gram pays. */
  private readonly logDenominator: Float64Array;

  constructor(
    texts: readonly { words: readonly string[]; groups: ReadonlyMap<string, number> }[],
    mu = 30,
    private readonly sizes: readonly number[] = [3, 4],
  ) {
    this.groups = [...new Set(texts.flatMap((t) => [...t.groups.keys()]))].sort();
    const G = this.groups.length;
    const groupIndex = new Map(this.groups.map((g, i) => [g, i]));
    // Counts per (n-gram, group) under one numeric key: n-gram id × G + group index.
    const gramIds = new Map<string, number>();
    const counts = new Map<number, number>();
    const length = new Float64Array(G);
    let total = 0;
    for (const t of texts) {
      const grams = [...charGrams(t.words, sizes)].map(([g, n]) => {
        let id = gramIds.get(g);
        if (id === undefined) gramIds.set(g, (id = gramIds.size));
        return [id, n] as const;
      });
      for (const [group, gw] of t.groups) {
        const gi = groupIndex.get(group)!;
        for (const [id, n] of grams) {
          const key = id * G + gi;
          counts.set(key, (counts.get(key) ?? 0) + gw * n);
          length[gi] += gw * n;
          total += gw * n;
        }
      }
    }
    const background = new Float64Array(gramIds.size);
    const perGram = new Int32Array(gramIds.size);
    for (const [key, c] of counts) {
      const id = Math.floor(key / G);
      background[id] += c;
      perGram[id]++;
    }
    const grams = [...gramIds.keys()];
    const lists = grams.map((_, id) => ({ groups: new Int32Array(perGram[id]), gain: new Float64Array(perGram[id]), n: 0 }));
    for (const [key, c] of counts) {
      const id = Math.floor(key / G);
      const list = lists[id];
      const smooth = (mu * background[id]) / (total || 1);
      list.groups[list.n] = key - id * G;
      list.gain[list.n++] = Math.log((c + smooth) / smooth);
    }
    grams.forEach((g, id) => this.postings.set(g, { groups: lists[id].groups, gain: lists[id].gain }));
    this.logDenominator = Float64Array.from(length, (l) => Math.log(l + mu));
  }

  /**
   * Scores per group, and the share of the query's n-grams the data has at all (low for input
   * that resembles nothing, like "xyzzy").
   */
  score(foldedWords: readonly string[]): { scores: Map<string, number>; coverage: number } {
    const n = this.groups.length;
    const ll = new Float64Array(n);
    let counted = 0;
    let all = 0;
    for (const [g, count] of charGrams(foldedWords, this.sizes)) {
      all += count;
      const p = this.postings.get(g);
      if (!p) continue;
      counted += count;
      for (let k = 0; k < p.groups.length; k++) ll[p.groups[k]] += count * p.gain[k];
    }
    const out = new Map<string, number>();
    if (counted === 0) return { scores: out, coverage: 0 };
    // log P(query | group) up to a constant shared by all groups.
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      ll[i] -= counted * this.logDenominator[i];
      if (ll[i] > max) max = ll[i];
    }
    for (let i = 0; i < n; i++) out.set(this.groups[i], Math.exp((ll[i] - max) / counted));
    return { scores: out, coverage: counted / all };
  }
}
