import { LOCALES } from './locales';
import { SECTORS } from './placements';
import { GENDER_COLUMNS, KOLADA_INDICATORS, PIPELINE_STAGES, REPORT_TABLE_IDS, REPORT_TARGET_KINDS, SFI_PROGRESS_STATUSES, type PaceStatus } from './report-api';
import { reportTexts, type ReportTexts } from './report-texts';

const PACE: PaceStatus[] = ['not_started', 'no_data', 'ahead', 'on_track', 'behind', 'reached', 'ended_short'];

/** Every leaf string, with the functions called on sample arguments, keyed by its path. */
function leaves(texts: ReportTexts): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, (value as (...args: unknown[]) => string)('Vård och omsorg', 12.5, 10, 3));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(texts, '');
  return out;
}

const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

describe('report texts', () => {
  it.each(LOCALES)('%s: every table, column, stage, status, sector, kind, pace and Kolada KPI has words', (locale) => {
    const t = reportTexts(locale);
    for (const id of REPORT_TABLE_IDS) {
      expect(filled(t.tables[id]?.title)).toBe(true);
      expect(filled(t.tables[id]?.definition)).toBe(true);
    }
    for (const c of GENDER_COLUMNS) expect(filled(t.columns[c])).toBe(true);
    for (const s of PIPELINE_STAGES) expect(filled(t.stages[s])).toBe(true);
    for (const s of SFI_PROGRESS_STATUSES) expect(filled(t.sfiStatus[s])).toBe(true);
    for (const s of SECTORS) expect(filled(t.sectors[s])).toBe(true);
    for (const p of PACE) expect(filled(t.pace[p])).toBe(true);
    for (const k of REPORT_TARGET_KINDS) {
      expect(filled(t.targetKinds[k]?.name)).toBe(true);
      expect(filled(t.targetKinds[k]?.definition)).toBe(true);
    }
    for (const id of KOLADA_INDICATORS) {
      expect(filled(t.kolada[id]?.ourTitle)).toBe(true);
      expect(filled(t.kolada[id]?.koladaTitle)).toBe(true);
      expect(filled(t.kolada[id]?.difference)).toBe(true);
    }
    expect(filled(t.koladaRows.left_programme)).toBe(true);
    for (const [path, value] of leaves(t)) expect([path, filled(value)]).toEqual([path, true]);
  });

  it('Kolada’s own titles stay Swedish (as in Kolada) in every language; ours are translated', () => {
    expect(reportTexts('sv').kolada.N00971.koladaTitle).toBe('Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)');
    for (const id of KOLADA_INDICATORS) {
      expect(reportTexts('en').kolada[id].koladaTitle).toBe(reportTexts('sv').kolada[id].koladaTitle);
      expect(reportTexts('ar').kolada[id].koladaTitle).toBe(reportTexts('sv').kolada[id].koladaTitle);
      expect(reportTexts('en').kolada[id].ourTitle).not.toBe(reportTexts('sv').kolada[id].ourTitle);
    }
  });

  it('no Arabic string is the English one (except the suppression marker and Kolada’s titles), and Arabic is written in Arabic script', () => {
    const english = leaves(reportTexts('en'));
    const arabic = leaves(reportTexts('ar'));
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, value] of arabic) {
      if (path === 'report.suppressed' || path.endsWith('.koladaTitle')) continue;
      expect([path, value]).not.toEqual([path, english.get(path)]);
      expect([path, /[\u0600-\u06FF]/.test(value)]).toEqual([path, true]);
    }
  });

  it('alerts carry their numbers in the language’s own way', () => {
    expect(reportTexts('sv').alerts.targetBehind('25 instegsjobb', 12.5, 10)).toBe('Målet ”25 instegsjobb” ligger 12,5 % efter jämn takt. Gränsen för varning är 10 %.');
    expect(reportTexts('en').alerts.womenShareLow(38.2, 50)).toBe('Women are 38.2% of the placements started. The goal is 50%.');
    expect(reportTexts('sv').alerts.employerNoProposals('Bageriet', 1)).toContain('1 ledig plats,');
    expect(reportTexts('sv').alerts.employerNoProposals('Bageriet', 3, 2)).toContain('3 lediga platser i 2 annonser');
    expect(reportTexts('en').alerts.learnersStalled(1, 6)).toBe('1 learner has stalled: nothing has happened in the plan for more than 6 weeks.');
    expect(reportTexts('ar').alerts.learnersStalled(4, 2)).toContain('أسبوعين');
    expect(reportTexts('ar').alerts.learnersStalled(4, 6)).toContain('6 أسابيع');
    expect(reportTexts('sv').report.suppressionNote(5)).toBe("Värden under 5 visas inte (..), och ibland döljs ett värde till så att ett dolt värde inte kan räknas ut.");
  });
});
