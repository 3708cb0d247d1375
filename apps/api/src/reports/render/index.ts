/** The dashboard's exports: CSV, spreadsheet and the board report as PDF. */
import type { ReportFormat, ReportPeriod } from '@jobbrygga/domain';

export { dashboardCsv } from './csv';
export { dashboardXlsx } from './xlsx';
export { dashboardPdf, type PdfLayoutEvent, type PdfOptions } from './pdf';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The download's file name: jobbrygga-rapport-0188-2026-01-01-2026-12-31.xlsx (only [a-z0-9-] before the extension). */
export function reportFileName(tenantCode: string, period: ReportPeriod, format: ReportFormat): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  return `jobbrygga-rapport-${safe(tenantCode)}-${safe(period.from)}-${safe(period.to)}.${format}`;
}
