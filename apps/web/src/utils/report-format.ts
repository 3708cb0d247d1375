import type { Locale, ReportAlert, ReportRow, ReportTable, ReportTexts, TargetProgress } from '@jobbrygga/domain';
import { formatNumber } from './format';

/** A count or a figure as the language writes it; null (suppressed) stays null for the caller to mark. */
export function formatFigure(value: number | null, locale: Locale, fractionDigits = 1): string | null {
  return value === null ? null : formatNumber(value, locale, fractionDigits);
}

/** 12.5 (percent, 0–100) → "12,5 %" / "12.5%" / "١٢٫٥٪": the percent sign where the language puts it. */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A target's figure in its unit: a count, or a percent. */
export function formatTargetValue(value: number, progress: Pick<TargetProgress, 'target'>, locale: Locale): string {
  return progress.target.unit === 'percent' ? formatPercent(value, locale) : formatNumber(value, locale);
}

/** "2025-03" → "mars 2025" (long), "mars" (short) or "mars 2025" abbreviated (shortYear), in the interface language. */
export function formatMonth(month: string, locale: Locale, style: 'long' | 'short' | 'shortYear' = 'long'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : style === 'shortYear' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * The alert as one sentence in the interface language. The API gives how far behind a target is,
 * and the threshold, as fractions of the target value; the sentences take percent.
 */
export function alertText(alert: ReportAlert, texts: ReportTexts): string {
  switch (alert.kind) {
    case 'target_behind':
      return texts.alerts.targetBehind(alert.name, roundOne(alert.behindBy * 100), roundOne(alert.threshold * 100));
    case 'women_share_low':
      return texts.alerts.womenShareLow(alert.share, alert.goal);
    case 'learners_stalled':
      return texts.alerts.learnersStalled(alert.count, alert.weeks);
    case 'employer_no_proposals':
      return texts.alerts.employerNoProposals(alert.name, alert.openSeats, alert.placements);
  }
}

const roundOne = (value: number): number => Math.round(value * 10) / 10;

/**
 * A row's label in the interface language: the report texts know stages, SFI statuses, sectors
 * and Kolada rows, months are written out here, anything else (types, occupation fields) is the
 * API's label, which follows the language the dashboard was asked in.
 */
export function rowLabel(table: ReportTable, row: ReportRow, texts: ReportTexts, locale: Locale): string {
  const known = (labels: Record<string, string>): string => labels[row.key] ?? row.label;
  switch (table.id) {
    case 'pipeline':
      return known(texts.stages);
    case 'sfiProgress':
      return known(texts.sfiStatus);
    case 'bySector':
      return known(texts.sectors);
    case 'byMonth':
      return formatMonth(row.key, locale);
    case 'kolada': {
      const kpi = (texts.kolada as Record<string, { ourTitle: string } | undefined>)[row.key];
      if (kpi) return kpi.ourTitle;
      return known(texts.koladaRows);
    }
    default:
      return row.label;
  }
}
