/**
 * The dashboard as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads å, ä, ö),
 * `;` between fields, CRLF line ends, fields quoted as RFC 4180 says. Swedish writes decimals with
 * a comma, English and Arabic with a point. A suppressed figure is the marker "..".
 */
import { reportTexts, type Dashboard, type Locale, type ReportTableId } from '@jobbrygga/domain';
import { dashboardSections, oneDecimal, type Cell, type ColumnKind, type Section } from './common';

const SEPARATOR = ';';
const EOL = '\r\n';
const BOM = '\uFEFF';

/** RFC 4180: a field holding the separator, a quote or a line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[";\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text from the register (an employer's or a type's name) that a spreadsheet would read as a
 * formula gets a leading apostrophe (OWASP: CSV injection).
 */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function numberText(value: number, kind: ColumnKind, decimalComma: boolean): string {
  const rounded = kind === 'count' && Number.isInteger(value) ? value : oneDecimal(value);
  const text = String(rounded);
  return decimalComma ? text.replace('.', ',') : text;
}

function cellText(cell: Cell, kind: ColumnKind, marker: string, decimalComma: boolean): string {
  if (cell === undefined) return '';
  if (cell === null) return marker;
  if (typeof cell === 'number') return numberText(cell, kind, decimalComma);
  return safeText(cell);
}

function sectionLines(section: Section, marker: string, decimalComma: boolean): string[] {
  const line = (cells: Cell[]) => cells.map((c, i) => csvField(cellText(c, section.columns[i]?.kind ?? 'text', marker, decimalComma))).join(SEPARATOR);
  return [
    csvField(section.title),
    csvField(section.definition),
    section.columns.map((c) => csvField(c.header)).join(SEPARATOR),
    ...section.rows.map(line),
    ...(section.total ? [line(section.total)] : []),
  ];
}

/**
 * The whole dashboard (targets, each table, alerts, definitions; a blank line between sections), or
 * only one section: a table by its id, or 'targets'.
 */
export function dashboardCsv(d: Dashboard, locale: Locale, tableId?: ReportTableId | 'targets'): string {
  const t = reportTexts(locale);
  let sections = dashboardSections(d, locale);
  if (tableId !== undefined) {
    sections = sections.filter((s) => s.id === tableId);
    if (!sections.length) throw new RangeError(`The dashboard has no table ${tableId}`);
  }
  const decimalComma = locale === 'sv';
  const blocks = sections.map((s) => sectionLines(s, t.report.suppressed, decimalComma).join(EOL));
  return BOM + blocks.join(EOL + EOL) + EOL;
}

/** Plain rows as a CSV document in the same form (BOM, `;`, CRLF; text guarded against formulas, numbers as written). */
export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map((v) => csvField(typeof v === 'number' ? String(v) : safeText(v))).join(SEPARATOR)).join(EOL) + EOL;
}
