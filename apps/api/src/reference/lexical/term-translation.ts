/**
 * Word translations learnt from parallel labels (ESCO's Swedish and English label of the same
 * occupation): "driver" ↔ "förare", "nurse" ↔ "sjuksköterska", "paediatric" ↔ "barn". IBM Model 1
 * (expectation–maximisation over which word of one label explains which word of the other, with
 * an empty word for words nothing explains), run in both directions. Pure and deterministic.
 */

/** Terms of the two labels of one pair (e.g. stems and compound parts). */
export interface TermPair {
  source: readonly string[];
  target: readonly string[];
}

export interface Translation {
  key: string;
  /** P(target term | source term), 0…1. */
  p: number;
}

const NULL = '\u0000';

/**
 * P(target | source) for every source term, the translations at or above `minP` only, best
 * first, at most `max` each.
 */
export function learnTranslations(pairs: readonly TermPair[], iterations = 8, minP = 0.2, max = 3): Map<string, Translation[]> {
  // t(target | source), initialised uniformly over co-occurring terms.
  const t = new Map<string, Map<string, number>>();
  for (const { source, target } of pairs) {
    for (const s of [NULL, ...source]) {
      let m = t.get(s);
      if (!m) t.set(s, (m = new Map()));
      for (const w of target) m.set(w, 1);
    }
  }
  for (const m of t.values()) for (const w of m.keys()) m.set(w, 1 / m.size);

  for (let it = 0; it < iterations; it++) {
    const count = new Map<string, Map<string, number>>();
    const total = new Map<string, number>();
    for (const { source, target } of pairs) {
      const sources = [NULL, ...source];
      for (const w of target) {
        let z = 0;
        for (const s of sources) z += t.get(s)!.get(w)!;
        for (const s of sources) {
          const c = t.get(s)!.get(w)! / z;
          let m = count.get(s);
          if (!m) count.set(s, (m = new Map()));
          m.set(w, (m.get(w) ?? 0) + c);
          total.set(s, (total.get(s) ?? 0) + c);
        }
      }
    }
    for (const [s, m] of count) {
      const tm = t.get(s)!;
      const sum = total.get(s)!;
      for (const [w, c] of m) tm.set(w, c / sum);
    }
  }

  const out = new Map<string, Translation[]>();
  for (const [s, m] of t) {
    if (s === NULL) continue;
    const best = [...m.entries()]
      .filter(([, p]) => p >= minP)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, max)
      .map(([key, p]) => ({ key, p }));
    if (best.length > 0) out.set(s, best);
  }
  return out;
}

/** Translations both ways from one set of pairs, merged into one table keyed by term. */
export function learnBothWays(pairs: readonly TermPair[], iterations?: number, minP?: number, max?: number): Map<string, Translation[]> {
  const forward = learnTranslations(pairs, iterations, minP, max);
  const backward = learnTranslations(
    pairs.map((p) => ({ source: p.target, target: p.source })),
    iterations,
    minP,
    max,
  );
  const out = new Map(forward);
  for (const [k, list] of backward) {
    const merged = [...(out.get(k) ?? [])];
    for (const tr of list) {
      const existing = merged.find((m) => m.key === tr.key);
      if (existing) existing.p = Math.max(existing.p, tr.p);
      else merged.push({ ...tr });
    }
    out.set(k, merged.sort((a, b) => b.p - a.p || a.key.localeCompare(b.key)));
  }
  return out;
}
