import { reportTexts, type EmployerStatistics, type Locale } from '@jobbrygga/domain';
import { csvRows } from './render/csv';

const HEADERS: Record<Locale, string[]> = {
  sv: ['Platsens id', 'Plats', 'Typ', 'Platser', 'Föreslagna', 'Intervjuade', 'Började', 'Slutförde', 'Skulle anställa'],
  en: ['Placement id', 'Placement', 'Type', 'Seats', 'Proposed', 'Interviewed', 'Started', 'Completed', 'Would hire'],
  ar: ['معرّف المكان', 'المكان', 'النوع', 'عدد الأماكن', 'المقترَحون', 'أُجريت معهم مقابلة', 'بدؤوا', 'أكملوا', 'سيوظَّفون'],
};
/** An employer's own statistics as CSV, in the form of the dashboard export (render/csv.ts). */
export function employerCsv(stats: EmployerStatistics, locale: Locale): string {
  const t = stats.totals;
  return csvRows([
    HEADERS[locale],
    ...stats.placements.map((p) => [p.id, p.title, p.type, p.seats, p.proposed, p.interviewed, p.started, p.completed, p.wouldHire]),
    ['', reportTexts(locale).columns.total, '', t.seats, t.proposed, t.interviewed, t.started, t.completed, t.wouldHire],
  ]);
}
