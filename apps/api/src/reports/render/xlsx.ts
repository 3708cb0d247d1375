/**
 * The dashboard as a spreadsheet (exceljs): a sheet for the targets, one per table, one for the
 * alerts and one with the definitions. Figures are number cells; a suppressed figure is the text "..".
 */
import * as ExcelJS from 'exceljs';
import { isRtl, reportTexts, type Dashboard, type Locale } from '@jobbrygga/domain';
import { dashboardSections, type Cell, type Column, type Section } from './common';

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Sheet';
  let name = clean.slice(0, 31).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - ` (${n})`.length).trim()} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function numberFormat(column: Column, value: number, percentRow: boolean): string {
  switch (column.kind) {
    case 'percent':
    case 'days':
      return '0.0';
    case 'value':
      if (percentRow) return '0.0" %"';
      return Number.isInteger(value) ? '#,##0' : '#,##0.0';
    default:
      return Number.isInteger(value) ? '#,##0' : '#,##0.0';
  }
}

function writeCell(cell: ExcelJS.Cell, value: Cell, column: Column, percentRow: boolean, marker: string): void {
  if (value === undefined) return;
  if (value === null) {
    cell.value = marker;
    cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.value = value;
  if (typeof value === 'number') cell.numFmt = numberFormat(column, value, percentRow);
}

function addSheet(wb: ExcelJS.Workbook, section: Section, name: string, locale: Locale, notes: string[]): void {
  const t = reportTexts(locale);
  const wide = section.id === 'definitions';
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4, rightToLeft: isRtl(locale) }] });
  ws.getCell(1, 1).value = section.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = section.definition;
  // Row 3 is left blank.
  const header = ws.getRow(4);
  section.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: c.kind === 'text' ? 'left' : 'right', vertical: 'bottom', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  let rowNumber = 5;
  const write = (cells: Cell[], percentRow: boolean, bold: boolean) => {
    const row = ws.getRow(rowNumber++);
    cells.forEach((value, i) => {
      const column = section.columns[i] ?? { header: '', kind: 'text' };
      const cell = row.getCell(i + 1);
      writeCell(cell, value, column, percentRow, t.report.suppressed);
      if (bold) cell.font = { bold: true };
      if (wide && column.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
  };
  section.rows.forEach((cells, i) => write(cells, section.percentRows?.[i] ?? false, false));
  if (section.total) {
    write(section.total, false, true);
    ws.getRow(rowNumber - 1).eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  }
  notes.forEach((note, i) => (ws.getCell(rowNumber + 1 + i, 1).value = note));
  section.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (wide) col.width = i === 0 ? 45 : 110;
    else if (c.kind === 'text') col.width = Math.min(60, Math.max(12, c.header.length + 2, ...section.rows.map((r) => String(r[i] ?? '').length + 2)));
    else col.width = Math.min(24, Math.max(10, c.header.length + 2));
  });
}

/** The spreadsheet as a Buffer (.xlsx). */
export async function dashboardXlsx(d: Dashboard, locale: Locale): Promise<Buffer> {
  const t = reportTexts(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jobbrygga';
  wb.title = `${t.report.title} – ${d.tenantName}`;
  const generated = new Date(d.generatedAt);
  if (!Number.isNaN(generated.getTime())) wb.created = wb.modified = generated;
  const taken = new Set<string>();
  for (const section of dashboardSections(d, locale)) {
    // Under every table (and the targets): the suppression note; under the Kolada table also that these are not Kolada's figures.
    const notes = section.id === 'alerts' || section.id === 'definitions' ? [] : [t.report.suppressionNote(d.suppressBelow)];
    if (section.id === 'kolada') notes.push(t.report.notKolada);
    addSheet(wb, section, sheetName(t.sheets[section.id], taken), locale, notes);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
