/**
 * A discriminative re-ranker of SSYK groups: multinomial logistic regression over sparse features
 * of a text (its terms — stems, compound heads and modifiers, typo corrections, translations — and
 * character n-grams), with one weight per (feature, group) pair that occurs together in the
 * training texts. Trained at build time by stochastic gradient descent on the indexed labels
 * themselves (each label an example of its groups), with features dropped at random so that a
 * label teaches what its parts say on their own: a title nothing resembles as a whole is mostly
 * new combinations of known parts. Pure and deterministic (a seeded generator).
 */

/** A text's features: name → value. */
export type Features = ReadonlyMap<string, number>;

export interface RerankerExample {
  features: Features;
  /** Group → share of the example (normalised to a distribution). */
  groups: ReadonlyMap<string, number>;
  /** Weight of the example in the loss (1 by default). */
  weight?: number;
}

export interface GroupRerankerOptions {
  epochs: number;
  /** Initial learning rate, decayed linearly to a tenth over the epochs. */
  learningRate: number;
  /** Chance that a feature is left out of an example in an epoch. */
  dropout: number;
  /** L2 shrinkage applied to the touched weights at each step (times the learning rate). */
  l2: number;
  seed: number;
}

export const DEFAULT_RERANKER_OPTIONS: GroupRerankerOptions = { epochs: 6, learningRate: 0.5, dropout: 0.1, l2: 1e-4, seed: 1 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class GroupReranker {
  readonly groups: string[];
  private readonly groupIndex: Map<string, number>;
  private readonly featureIds = new Map<string, number>();
  /** Per feature f: the groups start[f] … start[f + 1] in `supportGroup`, and their weights. */
  private readonly start: Int32Array;
  private readonly supportGroup: Int32Array;
  private readonly weight: Float32Array;
  // Scratch space (queries are synchronous).
  private readonly logit: Float64Array;
  private readonly touchedMark: Uint8Array;

  constructor(examples: readonly RerankerExample[], options: Partial<GroupRerankerOptions> = {}) {
    const o = { ...DEFAULT_RERANKER_OPTIONS, ...options };
    this.groups = [...new Set(examples.flatMap((e) => [...e.groups.keys()]))].sort();
    this.groupIndex = new Map(this.groups.map((g, i) => [g, i]));
    const G = this.groups.length;

    // Examples as ids and values; the support: which groups each feature co-occurs with.
    const data = examples.map((e) => {
      const ids: number[] = [];
      const values: number[] = [];
      for (const [name, v] of e.features) {
        let id = this.featureIds.get(name);
        if (id === undefined) this.featureIds.set(name, (id = this.featureIds.size));
        ids.push(id);
        values.push(v);
      }
      let sum = 0;
      for (const w of e.groups.values()) sum += w;
      const targets = [...e.groups].map(([g, w]) => [this.groupIndex.get(g)!, w / (sum || 1)] as const);
      return { ids: Int32Array.from(ids), values: Float64Array.from(values), targets, weight: e.weight ?? 1 };
    });
    const F = this.featureIds.size;
    // (feature, group) pairs as feature × G + group, sorted: the support of each feature in order.
    const pairs = new Set<number>();
    for (const d of data) for (const id of d.ids) for (const [g] of d.targets) pairs.add(id * G + g);
    const keys = Float64Array.from(pairs).sort();
    this.start = new Int32Array(F + 1);
    this.supportGroup = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const f = Math.floor(keys[k] / G);
      this.start[f + 1]++;
      this.supportGroup[k] = keys[k] - f * G;
    }
    for (let f = 0; f < F; f++) this.start[f + 1] += this.start[f];
    this.weight = new Float32Array(this.start[F]);
    this.logit = new Float64Array(G);
    this.touchedMark = new Uint8Array(G);

    // SGD on the softmax loss. Groups no present feature supports keep a logit of 0.
    const random = mulberry32(o.seed);
    const order = data.map((_, i) => i);
    const touched: number[] = [];
    const keep: number[] = [];
    const target = new Float64Array(G);
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const lr = o.learningRate * (1 - (0.9 * epoch) / Math.max(1, o.epochs));
      for (const k of order) {
        const d = data[k];
        keep.length = 0;
        for (let m = 0; m < d.ids.length; m++) if (random() >= o.dropout) keep.push(m);
        if (keep.length === 0) keep.push(Math.floor(random() * d.ids.length));
        this.forward(d.ids, d.values, keep, touched);
        const p = this.logit; // now probabilities of the touched groups
        for (const [g, w] of d.targets) target[g] = w;
        const step = lr * d.weight;
        const decay = 1 - lr * o.l2;
        for (const m of keep) {
          const f = d.ids[m];
          const x = step * d.values[m];
          for (let s = this.start[f], end = this.start[f + 1]; s < end; s++) {
            const g = this.supportGroup[s];
            this.weight[s] = this.weight[s] * decay - x * (p[g] - target[g]);
          }
        }
        for (const g of touched) {
          p[g] = 0;
          this.touchedMark[g] = 0;
        }
        for (const [g] of d.targets) target[g] = 0;
      }
    }
  }

  /**
   * Softmax over all groups (the untouched ones at logit 0): leaves the probabilities of the
   * touched groups in `logit`, marked in `touchedMark` and listed in `touched`; the caller clears both.
   */
  private forward(ids: Int32Array, values: Float64Array, keep: readonly number[], touched: number[]): void {
    const { logit, touchedMark } = this;
    touched.length = 0;
    for (const m of keep) {
      const f = ids[m];
      const x = values[m];
      for (let s = this.start[f], end = this.start[f + 1]; s < end; s++) {
        const g = this.supportGroup[s];
        if (!touchedMark[g]) {
          touchedMark[g] = 1;
          touched.push(g);
        }
        logit[g] += x * this.weight[s];
      }
    }
    let max = 0; // untouched groups have logit 0
    for (const g of touched) if (logit[g] > max) max = logit[g];
    let z = (this.groups.length - touched.length) * Math.exp(-max);
    for (const g of touched) z += logit[g] = Math.exp(logit[g] - max);
    for (const g of touched) logit[g] /= z;
  }

  /** P(group | features) for every group some known feature points to (the others share what is left). */
  probabilities(features: Features): Map<string, number> {
    const ids: number[] = [];
    const values: number[] = [];
    for (const [name, v] of features) {
      const id = this.featureIds.get(name);
      if (id === undefined) continue;
      ids.push(id);
      values.push(v);
    }
    const out = new Map<string, number>();
    if (ids.length === 0) return out;
    const keep = ids.map((_, i) => i);
    const touched: number[] = [];
    this.forward(Int32Array.from(ids), Float64Array.from(values), keep, touched);
    for (const g of touched) {
      out.set(this.groups[g], this.logit[g]);
      this.logit[g] = 0;
      this.touchedMark[g] = 0;
    }
    return out;
  }

  /** Number of (feature, group) weights. */
  get size(): number {
    return this.weight.length;
  }
}
