import type { EmployerStatistics, Locale } from '@jobbrygga/domain';

const HEADERS: Record<Locale, string[]> = {
  sv: ['Platsens id', 'Plats', 'Typ', 'Platser', 'Föreslagna', 'Intervjuade', 'Började', 'Slutförde', 'Skulle anställa'],
  en: ['Placement id', 'Placement', 'Type', 'Seats', 'Proposed', 'Interviewed', 'Started', 'Completed', 'Would hire'],
  ar: ['معرّف المكان', 'المكان', 'النوع', 'عدد الأماكن', 'المقترَحون', 'أُجريت معهم مقابلة', 'بدؤوا', 'أكملوا', 'سيوظَّفون'],
};
const TOTAL: Record<Locale, string> = { sv: 'Totalt', en: 'Total', ar: 'المجموع' };

const cell = (v: string | number): string => {
  const s = String(v);
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** An employer's own statistics as CSV: UTF-8 with BOM, semicolons, CRLF (opens right in Swedish Excel). */
export function employerCsv(stats: EmployerStatistics, locale: Locale): string {
  const lines = [HEADERS[locale]];
  for (const p of stats.placements) lines.push([p.id, p.title, p.type, p.seats, p.proposed, p.interviewed, p.started, p.completed, p.wouldHire].map(String));
  const t = stats.totals;
  lines.push(['', TOTAL[locale], '', t.seats, t.proposed, t.interviewed, t.started, t.completed, t.wouldHire].map(String));
  return '\uFEFF' + lines.map((l) => l.map(cell).join(';')).join('\r\n') + '\r\n';
}
