import { LexicalIndex } from './lexical-index';
import type { RankingRows } from './reference-rows';
import type { TextLang } from './text';

/** A skill found for a query. */
export interface RankedSkill {
  conceptId: string;
  labelSv: string;
  /** 0…1; only comparable within one answer. */
  score: number;
}

/**
 * Ranks JobTech skills (kompetensbegrepp) for a typed query, typo-tolerant, with Swedish plural
 * and compound handling (the same lexical index as the occupation search). A skill is found by
 * its label or by the Swedish label of an ESCO skill Sweden's mapping calls the same or close
 * ("exact"/"close"). Pure: no I/O.
 */
/** Matches weaker than this are noise (a stray shared trigram), not answers. */
const MIN_SCORE = 0.15;

export class SkillRanker {
  private readonly skills: { conceptId: string; labelSv: string }[];
  /** Index entry → skill (several entries per skill: its label and its ESCO synonyms). */
  private readonly entrySkill: number[] = [];
  private readonly index: LexicalIndex;
  /** SSYK code → the skills related to the group. */
  private readonly groupSkills = new Map<string, Set<string>>();

  constructor(rows: RankingRows) {
    this.skills = rows.skills.map((s) => ({ conceptId: s.concept_id, labelSv: s.label_sv }));
    const position = new Map(this.skills.map((s, i) => [s.conceptId, i]));
    const texts: { text: string; lang: TextLang }[] = [];
    const seen = new Set<string>();
    const add = (skill: number, text: string) => {
      const key = `${skill}\u0000${text.toLowerCase()}`;
      if (!text || seen.has(key)) return;
      seen.add(key);
      texts.push({ text, lang: 'sv' });
      this.entrySkill.push(skill);
    };
    this.skills.forEach((s, i) => add(i, s.labelSv));
    for (const m of rows.escoSkillMapping) {
      const i = position.get(m.skill_concept_id);
      if (i !== undefined && (m.relation === 'exact' || m.relation === 'close')) add(i, m.esco_label_sv);
    }
    // In skills the first part of a compound says as much as the last ("truckkort": a truck skill).
    this.index = new LexicalIndex(texts, [], { head: 0.6, modifier: 0.55 });
    for (const l of rows.ssykSkills) {
      const set = this.groupSkills.get(l.ssyk_code) ?? new Set<string>();
      set.add(l.skill_concept_id);
      this.groupSkills.set(l.ssyk_code, set);
    }
  }

  /**
   * Every skill matching the query, best first (ties A–Ö), optionally only those related to an
   * SSYK group. Callers page through the list.
   */
  search(query: string, language: string = 'sv', ssyk?: string): RankedSkill[] {
    const lang: TextLang = language === 'en' || language === 'ar' ? language : 'sv';
    const only = ssyk ? (this.groupSkills.get(ssyk) ?? new Set<string>()) : undefined;
    const best = new Map<number, number>();
    for (const m of this.index.search(query, { lang, limit: 5000, minScore: MIN_SCORE })) {
      const skill = this.entrySkill[m.entry];
      if (only && !only.has(this.skills[skill].conceptId)) continue;
      if (m.score > (best.get(skill) ?? 0)) best.set(skill, m.score);
    }
    return [...best]
      .map(([i, score]) => ({ ...this.skills[i], score: Math.round(score * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || a.labelSv.localeCompare(b.labelSv, 'sv') || a.conceptId.localeCompare(b.conceptId));
  }
}
