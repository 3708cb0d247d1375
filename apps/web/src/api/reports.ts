import type {
  Dashboard, EmployerStatistics, ReportFormat, ReportPeriod, ReportTableId, Target, TargetInput, TargetProgress,
} from '@jobbrygga/domain';
import { apiFile, apiRequest } from './client';

/*
 * Step 5: targets and reports (apps/api/src/reports). Shapes come from libs/domain/src/report-api.ts.
 * Figures are always computed by the API; the web only shows them.
 */

interface ItemList<T> {
  items: T[];
}

/** Staff: every target with its progress as of today; historical ones (period ended) only when asked for. */
export async function listTargets(historical: 'include' | 'exclude' = 'exclude'): Promise<TargetProgress[]> {
  return (await apiRequest<ItemList<TargetProgress>>('/targets', { query: { historical } })).items;
}

export function getTarget(id: string): Promise<TargetProgress> {
  return apiRequest<TargetProgress>(`/targets/${encodeURIComponent(id)}`);
}

/** Admins. */
export function createTarget(body: TargetInput): Promise<Target> {
  return apiRequest<Target>('/targets', { method: 'POST', body });
}

/** Admins: any part of the target. */
export function updateTarget(id: string, body: Partial<TargetInput>): Promise<Target> {
  return apiRequest<Target>(`/targets/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

/** Admins. */
export async function deleteTarget(id: string): Promise<void> {
  await apiRequest<void>(`/targets/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Staff: targets, tables and alerts for a period; labels in the interface language. */
export function fetchDashboard(period: ReportPeriod): Promise<Dashboard> {
  return apiRequest<Dashboard>('/reports/dashboard', { query: { from: period.from, to: period.to } });
}

/** Employers: their own placements, never split by gender. */
export function fetchEmployerStatistics(period: ReportPeriod): Promise<EmployerStatistics> {
  return apiRequest<EmployerStatistics>('/reports/employer', { query: { from: period.from, to: period.to } });
}

/** What a report export holds: the whole report, one table, or the targets. */
export type ReportPart = ReportTableId | 'targets';

/** Staff: the report for a period as a file (CSV, Excel or PDF), saved in the browser's downloads. */
export function downloadReport(period: ReportPeriod, format: ReportFormat, table?: ReportPart): Promise<string> {
  return downloadFile('/reports/export', { from: period.from, to: period.to, format, table }, `jobbrygga-rapport-${period.from}-${period.to}.${format}`);
}

/** Employers: their statistics for a period as CSV. */
export function downloadEmployerStatistics(period: ReportPeriod): Promise<string> {
  return downloadFile('/reports/employer/export', { from: period.from, to: period.to, format: 'csv' }, `jobbrygga-statistik-${period.from}-${period.to}.csv`);
}

/**
 * The file name from a Content-Disposition header: `filename*` (RFC 5987, UTF-8) before the plain
 * `filename`; null when there is none. Path parts are dropped.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
    if (plain) name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1].trim();
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : null;
}

/** Saves a blob through a temporary link, as the browser's own download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches a file with the user's token and saves it under the server's name; resolves with that name. */
async function downloadFile(path: string, query: Record<string, string | undefined>, fallbackName: string): Promise<string> {
  const response = await apiFile(path, query);
  const fileName = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  saveBlob(await response.blob(), fileName);
  return fileName;
}
