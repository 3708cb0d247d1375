import type { MappingRelation } from '../reference.entities';
import { GroupCharModel, GroupLanguageModel, charGrams, type GroupLanguageModelWeights, type GroupText } from './group-model';
import { GroupReranker, type GroupRerankerOptions } from './group-reranker';
import { LexicalIndex, type LexicalWeights, type QueryAnalysis } from './lexical-index';
import { learnBothWays } from './term-translation';
import type { RankingRows } from './reference-rows';
import { stemSv, words, type TextLang } from './text';

/** The product's own words for an SSYK group (apps/api/data/occupation-translations.json). */
export interface GroupTranslation {
  sv: string;
  svSynonyms: string[];
  en: string[];
  ar: string[];
}

/** One SSYK group found for a query. */
export interface RankedOccupation {
  /** SSYK 2012 code, four characters ("0110"). */
  ssyk: string;
  /** The label that matched best, as written in the data. */
  label: string;
  labelLang: TextLang;
  nameSv: string;
  nameEn: string;
  /** 0…~1.3; only comparable within one answer. */
  score: number;
}

/** Where a label comes from; decides which one is shown when several match equally. */
type LabelSource = 'name' | 'group' | 'translation' | 'esco';
const SOURCE_ORDER: Record<LabelSource, number> = { name: 0, group: 1, translation: 2, esco: 3 };

interface LabelEntry {
  text: string;
  display: string;
  lang: TextLang;
  source: LabelSource;
  /** SSYK code → how surely the label means that group (0…1). */
  groups: Map<string, number>;
}

/**
 * How surely an ESCO occupation linked to a JobTech occupation name belongs to that name's group.
 * `broad`: the JobTech name is broader, so the ESCO occupation lies inside it; `narrow`: the ESCO
 * occupation is broader and may spill into neighbouring groups.
 */
const RELATION_WEIGHT: Record<MappingRelation, number> = { exact: 1, broad: 1, close: 0.95, narrow: 0.85 };

export interface OccupationRankerOptions {
  /** Extra weight of a label written in the language the person types in. */
  sameLanguageBoost: number;
  /** Weight of the 2nd and 3rd best labels of a group (several labels agreeing). */
  secondLabel: number;
  thirdLabel: number;
  /** Weights of the word model and the character model (a group's texts pooled); the rest is the best single label. */
  wordModel: number;
  charModel: number;
  /** Dirichlet smoothing of the character model, and its n-gram sizes. */
  charMu: number;
  charSizes: number[];
  /** Weight of texts in the group model, by source; descriptions and skills are context. */
  sourceWeights: Record<LabelSource | 'description' | 'skill', number>;
  /** Expand query words with English ↔ Swedish translations learnt from ESCO's paired labels. */
  translate: boolean;
  /** Answers below this share of the best score are left out. */
  relativeCutoff: number;
  /** Weight of the group prior: groups with many titles in the data are likelier answers. */
  prior: number;
  /**
   * No answer at all unless some label matches at least this well, or some query word (or a
   * part or typo correction of it) is a known term, or at least `minGramCoverage` of the query's
   * character n-grams occur in the data: the pooled models rank groups relative to each other
   * and would otherwise rank something for any input ("xyzzy").
   */
  minLabelScore: number;
  minGramCoverage: number;
  /** Weight of the re-ranker's probability added to the first `rerankTop` answers' scores (scaled to the best); 0 = no re-ranker. */
  rerank: number;
  rerankTop: number;
  /** Value of the character n-gram features of the re-ranker (the terms' are their weights). */
  rerankGrams: number;
  rerankerOptions?: Partial<GroupRerankerOptions>;
  labelWeights?: Partial<LexicalWeights>;
  wordModelWeights?: Partial<GroupLanguageModelWeights>;
}

export const DEFAULT_RANKER_OPTIONS: OccupationRankerOptions = {
  sameLanguageBoost: 0.08,
  secondLabel: 0.3,
  thirdLabel: 0.15,
  wordModel: 0.3,
  charModel: 0.4,
  charMu: 30,
  charSizes: [3, 4],
  wordModelWeights: { mu: 300, head: 0.5, modifier: 0.5 },
  sourceWeights: { name: 1, group: 1, translation: 1, esco: 0.7, description: 0.6, skill: 0.3 },
  translate: true,
  relativeCutoff: 0.25,
  prior: 0.2,
  minLabelScore: 0.2,
  minGramCoverage: 0.6,
  rerank: 0.5,
  rerankTop: 30,
  rerankGrams: 1,
};

/**
 * The alternatives a job title names: "Städare/Lokalvårdare" → both; "Kvalitetsingenjör/-tekniker,
 * maskin" → "Kvalitetsingenjör, maskin" and "tekniker, maskin". A slash after the first comma
 * belongs to the qualifier ("Producent, TV/radio") and is kept.
 */
export function titleAlternatives(title: string): string[] {
  const comma = title.indexOf(',');
  const head = comma < 0 ? title : title.slice(0, comma);
  const rest = comma < 0 ? '' : title.slice(comma);
  const parts = head
    .split('/')
    .map((p) => p.replace(/^\s*-/, '').trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return [title];
  return parts.map((p) => `${p}${rest}`);
}

/**
 * Ranks SSYK 2012 groups for a job title typed in Swedish, English or Arabic, one answer per group.
 * Pure (no I/O) and deterministic; built once from the reference rows.
 *
 * Labels: JobTech occupation names, SSYK group names, the product's own translations (sv, en, ar)
 * and the Swedish and English labels of ESCO occupations, each reaching its groups through
 * Sweden's ESCO → JobTech mapping (all relations) → occupation name → ssyk_code (never the ISCO
 * code). Context: each group's description and related skills (with their ESCO synonyms).
 *
 * Three scores per group, mixed with fixed weights (tuned on held-out labels, see
 * scripts/eval-occupations.mjs):
 *  - the best single label (LexicalIndex: stems, compound parts, typos, completion, trigrams)
 *    plus a little of the second and third best, so several agreeing titles count;
 *  - a word model (GroupLanguageModel) over all of a group's labels and context pooled, which
 *    finds a title nothing resembles as a whole when its parts are typical of one group
 *    ("fritidschef": "fritid" and "chef" from different titles);
 *  - a character n-gram model (GroupCharModel), for parts of words and typos word rules miss.
 * English query words also stand for Swedish terms learnt from ESCO's paired labels, and back.
 * The mix is raised a little for groups with many titles in the data (a prior: a title nothing
 * resembles more likely belongs to a large group than to a small one). Last, a discriminative
 * re-ranker (GroupReranker: logistic regression over the same terms and character n-grams,
 * trained at build time on the indexed labels only) adds its probability to the first answers'
 * scores, so the groups whose titles are told apart by the query's words move up.
 */
export class OccupationRanker {
  private readonly labels: LabelEntry[];
  private readonly labelIndex: LexicalIndex;
  private readonly wordModel: GroupLanguageModel;
  private readonly charModel: GroupCharModel;
  private readonly reranker?: GroupReranker;
  private readonly groups = new Map<string, { nameSv: string; nameEn: string }>();
  private readonly options: OccupationRankerOptions;
  /** Per group, log(1 + its titles) over the largest such value (0…1). */
  private readonly groupPrior = new Map<string, number>();
  /** The groups' descriptions and related skills, kept for `groupVocabulary`. */
  private readonly context: readonly { text: string; groups: ReadonlyMap<string, number> }[];

  constructor(rows: RankingRows, translations: ReadonlyMap<string, GroupTranslation> = new Map(), options: Partial<OccupationRankerOptions> = {}) {
    this.options = { ...DEFAULT_RANKER_OPTIONS, ...options };
    const groupCodes = new Set(rows.ssykGroups.map((g) => g.code));
    const nameGroup = new Map(rows.occupationNames.filter((n) => groupCodes.has(n.ssyk_code)).map((n) => [n.concept_id, n.ssyk_code]));

    // ESCO occupation (or ISCO group) → SSYK groups, through the mapping to occupation names.
    const escoGroups = new Map<string, Map<string, number>>();
    const escoRelations = new Map<string, { code: string; relation: MappingRelation }[]>();
    for (const m of rows.escoOccupationMapping) {
      const code = nameGroup.get(m.occupation_name_concept_id);
      if (!code) continue;
      const w = RELATION_WEIGHT[m.relation];
      const g = escoGroups.get(m.esco_uri) ?? new Map<string, number>();
      g.set(code, Math.max(g.get(code) ?? 0, w));
      escoGroups.set(m.esco_uri, g);
      const list = escoRelations.get(m.esco_uri) ?? [];
      list.push({ code, relation: m.relation });
      escoRelations.set(m.esco_uri, list);
    }

    const byKey = new Map<string, LabelEntry>();
    const add = (text: string, display: string, lang: TextLang, source: LabelSource, groups: Map<string, number>) => {
      const ws = words(text);
      if (ws.length === 0 || groups.size === 0) return;
      const key = `${lang}\u0000${ws.join(' ')}`;
      const existing = byKey.get(key);
      if (!existing) {
        byKey.set(key, { text, display, lang, source, groups: new Map(groups) });
        return;
      }
      for (const [code, w] of groups) existing.groups.set(code, Math.max(existing.groups.get(code) ?? 0, w));
      if (SOURCE_ORDER[source] < SOURCE_ORDER[existing.source]) Object.assign(existing, { display, source });
    };
    const one = (code: string) => new Map([[code, 1]]);

    for (const n of rows.occupationNames) {
      if (!groupCodes.has(n.ssyk_code)) continue;
      for (const alt of titleAlternatives(n.name_sv)) add(alt, n.name_sv, 'sv', 'name', one(n.ssyk_code));
    }
    for (const g of rows.ssykGroups) add(g.name_sv, g.name_sv, 'sv', 'group', one(g.code));
    for (const [code, t] of translations) {
      if (!groupCodes.has(code)) continue;
      for (const sv of [t.sv, ...t.svSynonyms]) add(sv, sv, 'sv', 'translation', one(code));
      for (const en of t.en) add(en, en, 'en', 'translation', one(code));
      for (const ar of t.ar) add(ar, ar, 'ar', 'translation', one(code));
    }
    for (const e of rows.escoOccupations) {
      const groups = escoGroups.get(e.uri);
      if (!groups) continue;
      for (const alt of titleAlternatives(e.label_sv)) add(alt, e.label_sv, 'sv', 'esco', groups);
      for (const alt of titleAlternatives(e.label_en)) add(alt, e.label_en, 'en', 'esco', groups);
    }
    this.labels = [...byKey.values()];
    const titles = new Map<string, number>();
    for (const l of this.labels) if (l.source !== 'group') for (const [code, w] of l.groups) titles.set(code, (titles.get(code) ?? 0) + w);
    const maxPrior = Math.max(1, ...[...titles.values()].map((n) => Math.log(1 + n)));
    for (const [code, n] of titles) this.groupPrior.set(code, Math.log(1 + n) / maxPrior);

    // Context for the group model: each group's description, and the skills related to it (a
    // skill related to many groups says less about each). A skill's ESCO Swedish labels count as
    // its synonyms.
    const sw = this.options.sourceWeights;
    const context: { text: string; groups: Map<string, number> }[] = rows.ssykGroups.map((g) => ({ text: g.description_sv, groups: new Map([[g.code, sw.description]]) }));
    const skillGroups = new Map<string, string[]>();
    for (const l of rows.ssykSkills) {
      if (!groupCodes.has(l.ssyk_code)) continue;
      const list = skillGroups.get(l.skill_concept_id) ?? [];
      list.push(l.ssyk_code);
      skillGroups.set(l.skill_concept_id, list);
    }
    const skillTexts = new Map<string, Set<string>>(rows.skills.filter((s) => skillGroups.has(s.concept_id)).map((s) => [s.concept_id, new Set([s.label_sv])]));
    for (const m of rows.escoSkillMapping) {
      if (m.relation === 'exact' || m.relation === 'close') skillTexts.get(m.skill_concept_id)?.add(m.esco_label_sv);
    }
    for (const [id, texts] of skillTexts) {
      const codes = skillGroups.get(id)!;
      const weight = sw.skill / (1 + Math.log(codes.length));
      for (const text of texts) context.push({ text, groups: new Map(codes.map((c) => [c, weight])) });
    }

    this.context = context;
    this.labelIndex = new LexicalIndex(
      this.labels.map((l) => ({ text: l.text, lang: l.lang })),
      context.map((c) => ({ text: c.text, lang: 'sv' as const })),
      this.options.labelWeights,
    );
    // English ↔ Swedish term translations from the ESCO occupations' paired labels.
    if (this.options.translate) {
      const pairs = rows.escoOccupations
        .filter((e) => e.label_sv && e.label_en)
        .map((e) => ({ source: [...this.labelIndex.termsOfText(e.label_en, 'en').keys()], target: [...this.labelIndex.termsOfText(e.label_sv, 'sv').keys()] }))
        .filter((p) => p.source.length > 0 && p.target.length > 0);
      this.labelIndex.setTranslations(learnBothWays(pairs));
    }
    const groupTexts: GroupText[] = [
      ...this.labels.map((l) => ({
        terms: this.labelIndex.termsOfText(l.text, l.lang),
        groups: new Map([...l.groups].map(([code, w]) => [code, w * sw[l.source]])),
      })),
      ...context.map((c) => ({ terms: this.labelIndex.termsOfText(c.text, 'sv'), groups: c.groups })),
    ];
    this.charModel = new GroupCharModel(
      [
        ...this.labels.map((l) => ({ words: words(l.text), groups: new Map([...l.groups].map(([code, w]) => [code, w * sw[l.source]])) })),
        ...context.map((c) => ({ words: words(c.text), groups: c.groups })),
      ],
      this.options.charMu,
      this.options.charSizes,
    );
    this.wordModel = new GroupLanguageModel(groupTexts, this.options.wordModelWeights);
    if (this.options.rerank > 0) {
      this.reranker = new GroupReranker(
        this.labels.map((l) => ({
          features: this.features(this.labelIndex.analyze(l.text, { lang: l.lang, prefix: false })),
          groups: l.groups,
          weight: sw[l.source],
        })),
        this.options.rerankerOptions,
      );
    }

    const linked = new Map<string, { e: RankingRows['escoOccupations'][number]; relations: MappingRelation[] }[]>();
    for (const e of rows.escoOccupations) {
      const byCode = new Map<string, MappingRelation[]>();
      for (const l of escoRelations.get(e.uri) ?? []) byCode.set(l.code, [...(byCode.get(l.code) ?? []), l.relation]);
      for (const [code, relations] of byCode) linked.set(code, [...(linked.get(code) ?? []), { e, relations }]);
    }
    for (const g of rows.ssykGroups) {
      this.groups.set(g.code, { nameSv: g.name_sv, nameEn: this.englishName(g.name_sv, linked.get(g.code) ?? [], translations.get(g.code)) });
    }
  }

  /**
   * The best English name of a group: the ISCO-08 group Sweden's mapping links to the group most
   * often ("Cooks"); else the product's own English term; else the English label of the linked
   * ESCO occupation whose Swedish label shares most words with the group's name; else the
   * Swedish name.
   */
  private englishName(
    nameSv: string,
    linked: readonly { e: RankingRows['escoOccupations'][number]; relations: MappingRelation[] }[],
    translation: GroupTranslation | undefined,
  ): string {
    const isco = linked
      .filter((x) => x.e.type === 'isco_group' && x.e.label_en)
      .sort((a, b) => b.relations.length - a.relations.length || (b.e.isco_code?.length ?? 0) - (a.e.isco_code?.length ?? 0) || a.e.label_en.localeCompare(b.e.label_en));
    if (isco.length > 0) return isco[0].e.label_en;
    if (translation?.en[0]) return translation.en[0];
    const nameStems = new Set(this.stemsWithParts(nameSv));
    const order: MappingRelation[] = ['exact', 'close', 'broad', 'narrow'];
    const best = linked
      .filter((x) => x.e.label_en)
      .map((x) => ({
        label: x.e.label_en,
        overlap: this.stemsWithParts(x.e.label_sv).filter((s) => nameStems.has(s)).length,
        relation: Math.min(...x.relations.map((r) => order.indexOf(r))),
      }))
      .sort((a, b) => b.overlap - a.overlap || a.relation - b.relation || a.label.length - b.label.length || a.label.localeCompare(b.label));
    return best[0]?.label ?? nameSv;
  }

  /** The re-ranker's features of an analysed text: its terms (best weight each) and its words' character n-grams. */
  private features(analysis: QueryAnalysis): Map<string, number> {
    const out = new Map<string, number>();
    for (const w of analysis.words) {
      for (const a of w.alternatives) {
        const k = `t:${a.key}`;
        if (a.weight > (out.get(k) ?? 0)) out.set(k, a.weight);
      }
    }
    const grams = charGrams(
      analysis.words.map((w) => w.word),
      this.options.charSizes,
    );
    let n = 0;
    for (const c of grams.values()) n += c;
    const scale = this.options.rerankGrams / Math.sqrt(n || 1);
    for (const [g, c] of grams) out.set(`g:${g}`, c * scale);
    return out;
  }

  private stemsWithParts(text: string): string[] {
    return words(text).flatMap((w) => [stemSv(w), ...this.labelIndex.splitCompound(w).map(stemSv)]);
  }

  /**
   * For evaluation (scripts/eval-occupations.mjs --ceiling): every term each group's texts use
   * (labels, description, related skills), and the terms each word of a query may stand for, as
   * the ranker sees them. A query none of whose terms its group uses can only be found by luck.
   */
  groupVocabulary(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    const add = (text: string, lang: TextLang, codes: Iterable<string>) => {
      const keys = [...this.labelIndex.termsOfText(text, lang).keys()];
      for (const code of codes) {
        const set = out.get(code) ?? new Set<string>();
        for (const k of keys) set.add(k);
        out.set(code, set);
      }
    };
    for (const l of this.labels) add(l.text, l.lang, l.groups.keys());
    for (const c of this.context) add(c.text, 'sv', c.groups.keys());
    return out;
  }

  queryTerms(query: string, language: string): string[][] {
    const lang: TextLang = language === 'en' || language === 'ar' ? language : 'sv';
    return this.labelIndex.analyze(query, { lang, prefix: false }).words.map((w) => w.alternatives.map((a) => a.key));
  }

  get labelCount(): number {
    return this.labels.length;
  }

  /**
   * SSYK groups for a query, best first, one per group, at most `limit`. `lang` is the language
   * the person types in (sv, en, ar; any other is treated as Swedish, and Arabic script is
   * recognised whatever it says).
   */
  search(query: string, language: string = 'sv', limit = 10): RankedOccupation[] {
    const o = this.options;
    const lang: TextLang = language === 'en' || language === 'ar' ? language : 'sv';
    const analysis = this.labelIndex.analyze(query, { lang });
    if (analysis.words.length === 0) return [];
    const best = new Map<string, { scores: number[]; label: LabelEntry; top: number }>();
    for (const m of this.labelIndex.search(analysis)) {
      const label = this.labels[m.entry];
      const s = m.score * (label.lang === lang ? 1 + o.sameLanguageBoost : 1);
      for (const [code, w] of label.groups) {
        const v = s * w;
        const g = best.get(code);
        if (!g) best.set(code, { scores: [v], label, top: v });
        else {
          g.scores.push(v);
          if (v > g.top || (v === g.top && SOURCE_ORDER[label.source] < SOURCE_ORDER[g.label.source])) {
            g.top = v;
            g.label = label;
          }
        }
      }
    }
    let bestLabel = 0;
    for (const g of best.values()) bestLabel = Math.max(bestLabel, g.top);
    const pooled = this.wordModel.score(analysis);
    const { scores: chars, coverage } = this.charModel.score(analysis.words.map((w) => w.word));
    if (bestLabel < o.minLabelScore && pooled.size === 0 && coverage < o.minGramCoverage) return [];

    const scored: { code: string; score: number; label?: LabelEntry }[] = [];
    for (const code of new Set([...best.keys(), ...pooled.keys(), ...chars.keys()])) {
      const g = best.get(code);
      const s = g ? g.scores.sort((a, b) => b - a) : [];
      const labelScore = (s[0] ?? 0) + o.secondLabel * (s[1] ?? 0) + o.thirdLabel * (s[2] ?? 0);
      const score = (1 - o.wordModel - o.charModel) * labelScore + o.wordModel * (pooled.get(code) ?? 0) + o.charModel * (chars.get(code) ?? 0);
      scored.push({ code, score: score * (1 + o.prior * (this.groupPrior.get(code) ?? 0)), label: g?.label });
    }
    scored.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    if (this.reranker && scored.length > 1) {
      const p = this.reranker.probabilities(this.features(analysis));
      const top = scored[0].score;
      const head = scored.slice(0, o.rerankTop);
      for (const s of head) s.score += o.rerank * top * (p.get(s.code) ?? 0);
      head.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
      scored.splice(0, head.length, ...head);
    }
    const cutoff = (scored[0]?.score ?? 0) * o.relativeCutoff;
    return scored
      .filter((s) => s.score > 0 && s.score >= cutoff)
      .slice(0, limit)
      .map((s) => {
        const g = this.groups.get(s.code)!;
        return {
          ssyk: s.code,
          label: s.label?.display ?? g.nameSv,
          labelLang: s.label?.lang ?? 'sv',
          nameSv: g.nameSv,
          nameEn: g.nameEn,
          score: Math.round(s.score * 1000) / 1000,
        };
      });
  }
}
