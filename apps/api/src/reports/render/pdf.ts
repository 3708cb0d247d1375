/**
 * The board report as a printable PDF (A4, Swedish), drawn with pdfkit: the targets with progress
 * bars, the alerts, every table (drawn, with the header repeated on a new page), a bar chart of the
 * placements started per month, stacked bars by gender for the placements by type, the Kolada
 * section, the definitions and the suppression note; page numbers in the footer.
 *
 * No browser: charts are vector drawings. The fonts (Noto Sans, OFL) ship in apps/api/assets/fonts.
 * The latin and latin-ext subsets are separate files, so text is written in runs: each character in
 * the subset that has it (å, ä, ö in latin; Ł, ő, š … in latin-ext).
 */
import * as fs from 'fs';
import * as path from 'path';
import PDFDocument from 'pdfkit';
import {
  GENDER_COLUMNS,
  KOLADA_INDICATORS,
  REPORT_TABLE_IDS,
  REPORT_TARGET_KINDS,
  reportTexts,
  type Dashboard,
  type GenderColumn,
  type PaceStatus,
  type ReportTable,
  type ReportTableId,
  type ReportTexts,
  type TargetProgress,
} from '@jobbrygga/domain';
import { actualCell, alertText, behindByPercent, generatedText, koladaTerm, periodText, tableSection, type Cell, type ColumnKind, type Section } from './common';

/** The board report is in Swedish. */
const LOCALE = 'sv' as const;

/** apps/api: the nearest folder above `from` whose package.json is @jobbrygga/api (src/reports/render under Jest, dist/reports/render at run time). */
export function apiRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      try {
        if ((JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === '@jobbrygga/api') return dir;
      } catch {
        // Not JSON: keep looking.
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`No apps/api package.json above ${from}`);
  }
}

export function fontDir(): string {
  return path.join(apiRoot(), 'assets', 'fonts');
}

const FONT_FILES = {
  regular: 'noto-sans-latin-400-normal.woff',
  bold: 'noto-sans-latin-700-normal.woff',
  regularExt: 'noto-sans-latin-ext-400-normal.woff',
  boldExt: 'noto-sans-latin-ext-700-normal.woff',
} as const;
type FontKey = keyof typeof FONT_FILES;
let fontData: Record<FontKey, Buffer> | undefined;

function fontBuffers(): Record<FontKey, Buffer> {
  if (!fontData) {
    const dir = fontDir();
    fontData = Object.fromEntries((Object.keys(FONT_FILES) as FontKey[]).map((k) => [k, fs.readFileSync(path.join(dir, FONT_FILES[k]))])) as Record<FontKey, Buffer>;
  }
  return fontData;
}

/** Layout events, for tests: where sections start and where a table's header row is drawn. */
export type PdfLayoutEvent = { kind: 'section'; id: string; page: number } | { kind: 'tableHeader'; table: ReportTableId; page: number };
export interface PdfOptions {
  onLayout?: (event: PdfLayoutEvent) => void;
}

// Colours. Text colours pass WCAG AA on white; the three gender colours differ in lightness too
// (dark blue, rust, light blue), so they can be told apart in grey print and by colour-blind readers.
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const RULE = '#8c8c8c';
const HEADER_FILL = '#dfe5ec';
const ZEBRA = '#f1f4f7';
const TRACK = '#e3e6ea';
const GRID = '#d5d9de';
const GENDER_FILL: Record<Exclude<GenderColumn, 'total'>, string> = { women: '#1d3f6e', men: '#b5541c', otherUnknown: '#8fb8de' };
const GENDER_TEXT: Record<Exclude<GenderColumn, 'total'>, string> = { women: '#ffffff', men: '#ffffff', otherUnknown: INK };
const BAR = '#1d3f6e';
const EXPECTED = '#b5541c';
const PACE_COLOUR: Record<PaceStatus, string> = {
  not_started: MUTED,
  no_data: MUTED,
  ahead: '#1e6b35',
  on_track: '#1e6b35',
  reached: '#1e6b35',
  behind: '#a4262c',
  ended_short: '#a4262c',
};

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const NUMBER_ONE = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}
interface Part extends TextStyle {
  text: string;
}

type Glyphs = { hasGlyphForCodePoint(codePoint: number): boolean };

/** The page, the cursor and text in runs over the latin and latin-ext fonts. */
class Canvas {
  readonly doc: PDFKit.PDFDocument;
  readonly left = 50;
  readonly top = 50;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  y: number;
  page = 1;
  private readonly glyphs: Record<FontKey, Glyphs | undefined>;
  private readonly coverage = new Map<string, { ch: string; ext: boolean }>();

  constructor(
    doc: PDFKit.PDFDocument,
    private readonly onLayout?: PdfOptions['onLayout'],
  ) {
    this.doc = doc;
    this.right = doc.page.width - 50;
    this.bottom = doc.page.height - 60;
    this.width = this.right - this.left;
    this.y = this.top;
    const buffers = fontBuffers();
    const glyphs = {} as Record<FontKey, Glyphs | undefined>;
    for (const key of Object.keys(FONT_FILES) as FontKey[]) {
      doc.registerFont(key, buffers[key]);
      doc.font(key);
      // pdfkit keeps the fontkit font of an embedded font here; it tells which characters the subset has.
      glyphs[key] = (doc as unknown as { _font?: { font?: Glyphs } })._font?.font;
    }
    this.glyphs = glyphs;
    doc.font('regular');
  }

  layout(event: PdfLayoutEvent): void {
    this.onLayout?.(event);
  }

  /** Where a character is drawn from: the latin subset, else latin-ext, else without its accents, else '?'. */
  private place(ch: string): { ch: string; ext: boolean } {
    let hit = this.coverage.get(ch);
    if (hit) return hit;
    const cp = ch.codePointAt(0) ?? 63;
    const has = (key: FontKey, c: number) => this.glyphs[key]?.hasGlyphForCodePoint(c) ?? c < 0x100;
    if (ch === '\t' || ch === '\u202f' || ch === '\u2009') hit = { ch: ' ', ext: false };
    else if (has('regular', cp)) hit = { ch, ext: false };
    else if (has('regularExt', cp)) hit = { ch, ext: true };
    else {
      const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      const c = bare.codePointAt(0);
      hit = bare.length === 1 && c !== undefined && has('regular', c) ? { ch: bare, ext: false } : { ch: '?', ext: false };
    }
    this.coverage.set(ch, hit);
    return hit;
  }

  private runs(text: string, bold: boolean): { font: FontKey; text: string }[] {
    const out: { font: FontKey; text: string }[] = [];
    for (const ch of text) {
      const { ch: c, ext } = this.place(ch);
      const font: FontKey = ext ? (bold ? 'boldExt' : 'regularExt') : bold ? 'bold' : 'regular';
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += c;
      else out.push({ font, text: c });
    }
    return out;
  }

  measure(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 9;
    return this.runs(text, style.bold ?? false).reduce((w, r) => w + this.doc.font(r.font).fontSize(size).widthOfString(r.text), 0);
  }

  /** The text cut to a width, with an ellipsis. */
  fit(text: string, width: number, style: TextStyle = {}): string {
    if (this.measure(text, style) <= width) return text;
    const chars = [...text];
    while (chars.length && this.measure(`${chars.join('').trimEnd()}…`, style) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  /** One line at (x, y), y the top of the line; never wraps, never adds a page. Returns the x after it. */
  text(text: string, x: number, y: number, style: TextStyle & { width?: number; align?: 'left' | 'right' | 'center' } = {}): number {
    const size = style.size ?? 9;
    const shown = style.width !== undefined ? this.fit(text, style.width, style) : text;
    const w = this.measure(shown, style);
    let cx = x;
    if (style.width !== undefined && style.align === 'right') cx = x + style.width - w;
    else if (style.width !== undefined && style.align === 'center') cx = x + (style.width - w) / 2;
    this.doc.fillColor(style.color ?? INK);
    for (const r of this.runs(shown, style.bold ?? false)) {
      this.doc.font(r.font).fontSize(size).text(r.text, cx, y, { lineBreak: false });
      cx += this.doc.widthOfString(r.text);
    }
    return cx;
  }

  /** Parts of different weight and colour on one line. */
  parts(parts: Part[], x: number, y: number): number {
    let cx = x;
    for (const p of parts) cx = this.text(p.text, cx, y, p);
    return cx;
  }

  /** Lines of at most `width`, broken between words or after a / or - (a word too long is broken where it must). */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const lines: string[] = [];
    for (const para of text.split('\n')) {
      // Pieces of words, each marked whether a space stands before it.
      const pieces = para.split(/ +/).flatMap((word) => word.split(/(?<=[/-])(?=.)/).map((text, i) => ({ text, space: i === 0 })));
      let line = '';
      for (const piece of pieces) {
        const candidate = line ? `${line}${piece.space ? ' ' : ''}${piece.text}` : piece.text;
        if (this.measure(candidate, style) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = piece.text;
        while (this.measure(line, style) > width && [...line].length > 1) {
          const chars = [...line];
          let cut = chars.length - 1;
          while (cut > 1 && this.measure(chars.slice(0, cut).join(''), style) > width) cut--;
          lines.push(chars.slice(0, cut).join(''));
          line = chars.slice(cut).join('');
        }
      }
      lines.push(line);
    }
    return lines;
  }

  lineHeight(size: number): number {
    return size * 1.32;
  }

  newPage(): void {
    this.doc.addPage();
    this.page++;
    this.y = this.top;
  }

  /** A new page unless `height` fits below the cursor. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  /** Wrapped text at the cursor, continuing on the next page where it must. */
  paragraph(text: string, style: TextStyle & { indent?: number; gapAfter?: number } = {}): void {
    const size = style.size ?? 9;
    const x = this.left + (style.indent ?? 0);
    const lh = this.lineHeight(size);
    for (const line of this.wrap(text, this.right - x, style)) {
      this.ensure(lh);
      this.text(line, x, this.y, style);
      this.y += lh;
    }
    this.y += style.gapAfter ?? 4;
  }

  heading(text: string, level: 1 | 2 | 3, keepWith = 60): void {
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
    this.y += level === 1 ? 10 : 6;
    this.ensure(this.lineHeight(size) + keepWith);
    this.paragraph(text, { size, bold: true, gapAfter: level === 1 ? 6 : 3 });
  }

  rule(y: number, color = RULE, width = 0.6): void {
    this.doc.moveTo(this.left, y).lineTo(this.right, y).lineWidth(width).strokeColor(color).stroke();
  }

  /** A swatch and its label; returns the x after it. */
  swatch(x: number, y: number, fill: string | 'hatch', label: string): number {
    if (fill === 'hatch') this.hatch(x, y + 1, 9, 9);
    else this.doc.rect(x, y + 1, 9, 9).fillColor(fill).fill();
    this.doc.rect(x, y + 1, 9, 9).lineWidth(0.5).strokeColor(INK).stroke();
    return this.text(label, x + 13, y, { size: 8 }) + 14;
  }

  /** A rectangle with diagonal lines: a part whose split is not shown. */
  hatch(x: number, y: number, w: number, h: number): void {
    const doc = this.doc;
    doc.save();
    doc.rect(x, y, w, h).fillColor('#ffffff').fill();
    doc.rect(x, y, w, h).clip();
    doc.lineWidth(0.7).strokeColor('#6b6b6b');
    for (let i = -h; i < w; i += 3.5) doc.moveTo(x + i, y + h).lineTo(x + i + h, y).stroke();
    doc.restore();
  }
}

function num(value: number, kind: ColumnKind | 'count' = 'count'): string {
  return kind === 'percent' || kind === 'days' ? NUMBER_ONE.format(value) : NUMBER.format(value);
}

function cellText(cell: Cell, kind: ColumnKind, marker: string): string {
  if (cell === undefined) return '';
  if (cell === null) return marker;
  return typeof cell === 'number' ? num(cell, kind) : cell;
}

function targetValue(value: number | null | undefined, p: TargetProgress, marker: string): string {
  if (value === undefined) return '–';
  if (value === null) return marker;
  return p.target.unit === 'percent' ? `${NUMBER.format(value)} %` : NUMBER.format(value);
}

function titleBlock(c: Canvas, d: Dashboard, t: ReportTexts): void {
  c.paragraph(t.report.title, { size: 24, bold: true, gapAfter: 2 });
  c.paragraph(d.tenantName, { size: 16, gapAfter: 8 });
  c.paragraph(t.report.periodLine(d.period.from, d.period.to), { size: 10.5 });
  c.paragraph(t.report.asOf(d.asOf), { size: 10.5, gapAfter: 0 });
  c.paragraph(t.report.generatedAt(generatedText(d.generatedAt)), { size: 9, color: MUTED, gapAfter: 10 });
  c.rule(c.y, INK, 1);
  c.y += 8;
}

const BAR_WIDTH = 280;

function targetBlock(c: Canvas, p: TargetProgress, t: ReportTexts): void {
  const marker = t.report.suppressed;
  const doc = c.doc;
  const nameLines = c.wrap(p.target.name, c.width, { size: 11, bold: true });
  c.ensure(nameLines.length * c.lineHeight(11) + 78);
  c.paragraph(p.target.name, { size: 11, bold: true, gapAfter: 0 });
  c.paragraph(`${t.targetKinds[p.target.kind].name} · ${t.report.owner}: ${p.target.owner} · ${t.report.period}: ${periodText(p.target.periodStart, p.target.periodEnd)}`, {
    size: 8,
    color: MUTED,
    gapAfter: 5,
  });

  // The bar: actual against the target value, a tick where an even pace would be today.
  const actual = actualCell(p);
  const scale = Math.max(p.target.value, typeof actual === 'number' ? actual : 0, p.expected, 1e-9);
  const x = c.left;
  const y = c.y + 4;
  const h = 12;
  const at = (v: number) => x + (Math.max(0, Math.min(v, scale)) / scale) * BAR_WIDTH;
  doc.rect(x, y, BAR_WIDTH, h).fillColor(TRACK).fill();
  if (typeof actual === 'number' && actual > 0) doc.rect(x, y, at(actual) - x, h).fillColor(BAR).fill();
  doc.rect(x, y, BAR_WIDTH, h).lineWidth(0.5).strokeColor(RULE).stroke();
  // The target value (the bar's end unless the actual or the expected passed it).
  doc.moveTo(at(p.target.value), y - 3).lineTo(at(p.target.value), y + h + 3).lineWidth(1.5).strokeColor(INK).stroke();
  // The expected value: a tick with a small triangle above the bar.
  const ex = at(p.expected);
  doc.moveTo(ex, y - 2).lineTo(ex, y + h + 2).lineWidth(2).strokeColor(EXPECTED).stroke();
  doc.polygon([ex - 3.5, y - 7], [ex + 3.5, y - 7], [ex, y - 2]).fillColor(EXPECTED).fill();
  c.parts(
    [
      { text: targetValue(actual, p, marker), bold: true, size: 11 },
      { text: ` / ${targetValue(p.target.value, p, marker)}`, size: 11, color: MUTED },
    ],
    x + BAR_WIDTH + 12,
    y - 2,
  );
  c.y = y + h + 7;

  const figures: Part[] = [
    { text: `${t.report.actual}: `, size: 8.5, color: MUTED },
    { text: targetValue(actual, p, marker), size: 8.5, bold: true },
    { text: ` · ${t.report.target}: `, size: 8.5, color: MUTED },
    { text: targetValue(p.target.value, p, marker), size: 8.5 },
    { text: ` · ${t.report.expected}: `, size: 8.5, color: MUTED },
    { text: targetValue(Math.round(p.expected * 10) / 10, p, marker), size: 8.5 },
    { text: ` · ${t.report.baseline}: `, size: 8.5, color: MUTED },
    { text: targetValue(p.target.baseline, p, marker), size: 8.5 },
  ];
  c.parts(figures, c.left, c.y);
  c.y += c.lineHeight(8.5);

  const behind = behindByPercent(p);
  const pace: Part[] = [
    { text: `${t.report.pace}: `, size: 8.5, color: MUTED },
    { text: t.pace[p.pace], size: 8.5, bold: true, color: PACE_COLOUR[p.pace] },
  ];
  if (behind !== undefined) pace.push({ text: ` · ${t.report.behindBy}: `, size: 8.5, color: MUTED }, { text: NUMBER_ONE.format(behind), size: 8.5 });
  c.parts(pace, c.left, c.y);
  c.y += c.lineHeight(8.5);

  if (p.target.kind === 'placements_started') {
    const g: Part[] = [];
    GENDER_COLUMNS.forEach((col, i) => {
      g.push({ text: `${i ? ' · ' : ''}${t.columns[col]}: `, size: 8.5, color: MUTED }, { text: cellText(p.byGender[col], 'count', marker), size: 8.5 });
    });
    c.parts(g, c.left, c.y);
    c.y += c.lineHeight(8.5);
  }
  c.y += 9;
}

function targetsPart(c: Canvas, d: Dashboard, t: ReportTexts): void {
  c.heading(t.report.targets, 1);
  c.layout({ kind: 'section', id: 'targets', page: c.page });
  c.paragraph(t.report.targetsDefinition, { size: 8.5, color: MUTED, gapAfter: 6 });
  // The legend of the progress bars.
  const y = c.y;
  let x = c.swatch(c.left, y, BAR, t.report.actual);
  c.doc.moveTo(x + 4, y).lineTo(x + 4, y + 11).lineWidth(2).strokeColor(EXPECTED).stroke();
  x = c.text(t.report.expected, x + 11, y, { size: 8 }) + 14;
  c.doc.moveTo(x + 4, y).lineTo(x + 4, y + 11).lineWidth(1.5).strokeColor(INK).stroke();
  c.text(t.report.target, x + 11, y, { size: 8 });
  c.y += 20;
  if (!d.targets.length) c.paragraph('–', { color: MUTED });
  for (const p of d.targets) targetBlock(c, p, t);
}

function alertsPart(c: Canvas, d: Dashboard, t: ReportTexts): void {
  c.heading(t.report.alerts, 1);
  c.layout({ kind: 'section', id: 'alerts', page: c.page });
  c.paragraph(t.report.alertsDefinition(Math.round(d.paceThreshold * 1000) / 10, d.womenShareGoal), { size: 8.5, color: MUTED, gapAfter: 6 });
  if (!d.alerts.length) c.paragraph(t.report.noAlerts, { size: 9.5 });
  for (const alert of d.alerts) {
    c.ensure(c.lineHeight(9.5));
    c.doc.circle(c.left + 4, c.y + 6.5, 2).fillColor(INK).fill();
    c.paragraph(alertText(alert, t), { size: 9.5, indent: 14, gapAfter: 3 });
  }
}

interface TableLayout {
  columns: (Section['columns'][number] & { index: number })[];
  widths: number[];
  headLines: string[][];
  headHeight: number;
  labelColumn: number;
  /** Per body row (the total row last): its label's lines and its height. */
  rows: { cells: Cell[]; lines: string[]; height: number; bold: boolean }[];
  height: number;
}

const PAD = 3;
const HEAD_STYLE = { size: 7, bold: true };
const BODY_STYLE = { size: 8 };
const HEAD_LINE = 8.6;
const BODY_LINE = 10;

function tableLayout(c: Canvas, section: Section, t: ReportTexts, showCode: boolean): TableLayout {
  const marker = t.report.suppressed;
  const columns = section.columns.map((col, index) => ({ ...col, index })).filter((col) => col.index !== 0 || showCode);
  const numeric = columns.filter((col) => col.kind !== 'text');
  const codeWidth = showCode ? Math.min(80, Math.max(30, ...section.rows.map((r) => c.measure(String(r[0] ?? ''), BODY_STYLE) + 2 * PAD + 1))) : 0;
  const numWidth = Math.max(34, Math.min(58, (c.width - codeWidth - 130) / Math.max(1, numeric.length)));
  const labelWidth = c.width - codeWidth - numWidth * numeric.length;
  const widths = columns.map((col) => (col.index === 0 ? codeWidth : col.kind === 'text' ? labelWidth : numWidth));
  const headLines = columns.map((col, i) => c.wrap(col.header, widths[i] - 2 * PAD, HEAD_STYLE));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * HEAD_LINE + 7;
  const labelColumn = columns.findIndex((col) => col.kind === 'text' && col.index !== 0);
  const body = [...section.rows.map((cells) => ({ cells, bold: false })), ...(section.total ? [{ cells: section.total, bold: true }] : [])];
  const rows = body.map(({ cells, bold }) => {
    const label = labelColumn >= 0 ? cellText(cells[columns[labelColumn].index], 'text', marker) : '';
    const lines = labelColumn >= 0 ? c.wrap(label, widths[labelColumn] - 2 * PAD, { ...BODY_STYLE, bold }).slice(0, 4) : [''];
    return { cells, lines, bold, height: Math.max(14, lines.length * BODY_LINE + 4) };
  });
  return { columns, widths, headLines, headHeight, labelColumn, rows, height: headHeight + rows.reduce((h, r) => h + r.height, 0) + 4 };
}

/** A table drawn as rows and columns; the header row is drawn again on each new page. */
function drawTable(c: Canvas, table: ReportTable, layout: TableLayout, t: ReportTexts): void {
  const marker = t.report.suppressed;
  const doc = c.doc;
  const { columns, widths, headLines, headHeight, labelColumn } = layout;

  const header = () => {
    c.layout({ kind: 'tableHeader', table: table.id, page: c.page });
    doc.rect(c.left, c.y, c.width, headHeight).fillColor(HEADER_FILL).fill();
    let x = c.left;
    columns.forEach((col, i) => {
      const lines = headLines[i];
      lines.forEach((line, j) => {
        // Headings sit at the bottom of the header row; numeric ones right-aligned over their figures.
        const top = c.y + headHeight - 4 - (lines.length - j) * HEAD_LINE;
        c.text(line, x + PAD, top, { ...HEAD_STYLE, width: widths[i] - 2 * PAD, align: col.kind === 'text' ? 'left' : 'right' });
      });
      x += widths[i];
    });
    c.y += headHeight;
    c.rule(c.y, INK, 0.8);
  };

  // A table that fits on a page is not split; a longer one starts where it is and goes on.
  if (layout.height <= c.bottom - c.top) c.ensure(layout.height);
  else c.ensure(headHeight + 14 * 3);
  header();
  layout.rows.forEach(({ cells, lines, height, bold }, index) => {
    if (c.y + height > c.bottom) {
      c.newPage();
      header();
    }
    if (bold) c.rule(c.y, INK, 0.8);
    else if (index % 2 === 1) doc.rect(c.left, c.y, c.width, height).fillColor(ZEBRA).fill();
    let x = c.left;
    columns.forEach((col, i) => {
      if (i === labelColumn) lines.forEach((line, j) => c.text(line, x + PAD, c.y + 2.5 + j * BODY_LINE, { ...BODY_STYLE, bold }));
      else {
        const text = cellText(cells[col.index], col.kind, marker);
        c.text(text, x + PAD, c.y + 2.5, { ...BODY_STYLE, bold, width: widths[i] - 2 * PAD, align: col.kind === 'text' ? 'left' : 'right' });
      }
      x += widths[i];
    });
    c.y += height;
  });
  c.rule(c.y, RULE, 0.6);
  c.y += 4;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least 1, giving about four grid lines. */
function niceStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw && Number.isInteger(m * power)) return m * power;
  return 10 * power;
}

/** Vertical bars: placements started per month (the total column; '..' where suppressed). */
function monthChart(c: Canvas, table: ReportTable, t: ReportTexts): void {
  const doc = c.doc;
  const marker = t.report.suppressed;
  const rows = table.rows;
  if (!rows.length) return;
  const chartHeight = 140;
  const labelSize = 6.8;
  const axisWidth = 34;
  c.ensure(chartHeight + 48);
  const x0 = c.left + axisWidth;
  const plotWidth = c.right - x0;
  const top = c.y + 10;
  const base = top + chartHeight;
  const values = rows.map((r) => r.cells.total);
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const yOf = (v: number) => base - (v / ceiling) * chartHeight;

  for (let v = 0; v <= ceiling + 1e-9; v += step) {
    const y = yOf(v);
    doc.moveTo(x0, y).lineTo(c.right, y).lineWidth(0.5).strokeColor(v === 0 ? INK : GRID).stroke();
    c.text(NUMBER.format(v), c.left, y - 4.5, { size: labelSize, width: axisWidth - 5, align: 'right', color: MUTED });
  }
  doc.moveTo(x0, top - 4).lineTo(x0, base).lineWidth(0.6).strokeColor(INK).stroke();

  const slot = plotWidth / rows.length;
  const barWidth = Math.min(36, slot * 0.62);
  // Month labels: the row label where every one fits, else the YYYY-MM key, else turned 45°.
  const fitsLabel = rows.every((r) => c.measure(r.label, { size: labelSize }) <= slot - 2);
  const fitsKey = rows.every((r) => c.measure(r.key, { size: labelSize }) <= slot - 2);
  rows.forEach((r, i) => {
    const cx = x0 + slot * i + slot / 2;
    const v = values[i];
    if (v === null) c.text(marker, cx - slot / 2, base - 11, { size: labelSize, width: slot, align: 'center', color: MUTED });
    else {
      if (v > 0) doc.rect(cx - barWidth / 2, yOf(v), barWidth, base - yOf(v)).fillColor(BAR).fill();
      c.text(NUMBER.format(v), cx - slot / 2, yOf(v) - 10, { size: labelSize, width: slot, align: 'center' });
    }
    if (fitsLabel || fitsKey) c.text(fitsLabel ? r.label : r.key, cx - slot / 2, base + 4, { size: labelSize, width: slot, align: 'center' });
    else {
      doc.save();
      doc.rotate(-45, { origin: [cx, base + 4] });
      c.text(r.key, cx - c.measure(r.key, { size: labelSize }), base + 2, { size: labelSize });
      doc.restore();
    }
  });
  c.y = base + (fitsLabel || fitsKey ? 16 : 30);
}

/** Horizontal bars stacked by gender (placements started by type), with a legend. */
function stackedChart(c: Canvas, table: ReportTable, t: ReportTexts): void {
  const doc = c.doc;
  const marker = t.report.suppressed;
  if (!table.rows.length) return;
  const labelWidth = 140;
  const totalWidth = 38;
  const barX = c.left + labelWidth + 6;
  const barWidth = c.right - barX - totalWidth;
  const rowHeight = 17;
  const barHeight = 11;
  const parts = ['women', 'men', 'otherUnknown'] as const;
  const max = Math.max(1, ...table.rows.map((r) => r.cells.total ?? parts.reduce((s, p) => s + (r.cells[p] ?? 0), 0)));

  const legend = () => {
    let x = c.left;
    for (const p of parts) x = c.swatch(x, c.y, GENDER_FILL[p], t.columns[p]);
    c.swatch(x, c.y, 'hatch', `${t.report.hidden} (${marker})`);
    c.y += 18;
  };
  c.ensure(18 + rowHeight * Math.min(4, table.rows.length));
  legend();
  for (const r of table.rows) {
    if (c.ensure(rowHeight)) legend();
    const y = c.y + (rowHeight - barHeight) / 2;
    c.text(r.label, c.left, c.y + 3, { size: 8, width: labelWidth });
    let x = barX;
    let known = 0;
    for (const p of parts) {
      const v = r.cells[p];
      if (v === null || v <= 0) continue;
      known += v;
      const w = (v / max) * barWidth;
      doc.rect(x, y, w, barHeight).fillColor(GENDER_FILL[p]).fill();
      if (x > barX) doc.moveTo(x, y).lineTo(x, y + barHeight).lineWidth(0.75).strokeColor('#ffffff').stroke();
      const label = NUMBER.format(v);
      if (c.measure(label, { size: 7 }) + 4 <= w) c.text(label, x, y + 1.2, { size: 7, width: w, align: 'center', color: GENDER_TEXT[p] });
      x += w;
    }
    const total = r.cells.total;
    const hidden = total !== null ? total - known : 0;
    if (hidden > 0) {
      const w = (hidden / max) * barWidth;
      c.hatch(x, y, w, barHeight);
      if (x > barX) doc.moveTo(x, y).lineTo(x, y + barHeight).lineWidth(0.75).strokeColor('#ffffff').stroke();
      x += w;
    }
    if (x > barX) {
      // White lines between the parts and a dark outline, so even the light part has an edge.
      doc.rect(barX, y, x - barX, barHeight).lineWidth(0.5).strokeColor(INK).stroke();
    }
    c.text(total === null ? marker : NUMBER.format(total), x + 4, c.y + 3, { size: 8, bold: true });
    c.y += rowHeight;
  }
  c.y += 6;
}

function tablePart(c: Canvas, d: Dashboard, table: ReportTable, t: ReportTexts): void {
  const section = tableSection(table, t);
  const layout = tableLayout(c, section, t, table.id === 'kolada');
  const chart = table.id === 'byMonth' || table.id === 'byType';
  const definitionStyle = { size: 8.5, color: MUTED };
  const note = t.report.suppressionNote(d.suppressBelow);
  // Without a chart the heading, the definition, the table and its note stay together when they fit on a page.
  const block =
    c.lineHeight(12.5) + 12 + c.wrap(section.definition, c.width, definitionStyle).length * c.lineHeight(8.5) + 6 + layout.height + c.wrap(note, c.width, { size: 7.5 }).length * c.lineHeight(7.5);
  if (!chart && block <= c.bottom - c.top) c.ensure(block);
  c.heading(section.title, 2, 90);
  c.layout({ kind: 'section', id: table.id, page: c.page });
  c.paragraph(section.definition, { ...definitionStyle, gapAfter: 6 });
  if (table.id === 'byMonth') monthChart(c, table, t);
  if (table.id === 'byType') stackedChart(c, table, t);
  drawTable(c, table, layout, t);
  c.paragraph(note, { size: 7.5, color: MUTED, gapAfter: 8 });
}

function koladaPart(c: Canvas, d: Dashboard, table: ReportTable | undefined, t: ReportTexts): void {
  if (table) tablePart(c, d, table, t);
  else {
    c.heading(t.tables.kolada.title, 2);
    c.layout({ kind: 'section', id: 'kolada', page: c.page });
  }
  for (const id of KOLADA_INDICATORS) {
    c.ensure(60);
    c.paragraph(koladaTerm(id, t), { size: 9, bold: true, gapAfter: 1 });
    c.paragraph(t.kolada[id].ourTitle, { size: 8.5, color: MUTED, gapAfter: 2 });
    c.paragraph(t.kolada[id].difference, { size: 8.5, gapAfter: 7 });
  }
  c.paragraph(t.report.notKolada, { size: 9, bold: true, gapAfter: 8 });
}

function definitionsPart(c: Canvas, d: Dashboard, t: ReportTexts): void {
  c.heading(t.report.definitions, 1);
  c.layout({ kind: 'section', id: 'definitions', page: c.page });
  c.paragraph(t.report.targetsDefinition, { size: 8.5, gapAfter: 6 });
  for (const kind of REPORT_TARGET_KINDS) {
    c.ensure(40);
    c.paragraph(t.targetKinds[kind].name, { size: 9, bold: true, gapAfter: 1 });
    c.paragraph(t.targetKinds[kind].definition, { size: 8.5, gapAfter: 6 });
  }
  c.y += 4;
  c.paragraph(t.report.suppressionNote(d.suppressBelow), { size: 8.5, gapAfter: 6 });
  c.paragraph(t.report.notKolada, { size: 8.5, gapAfter: 6 });
}

function footers(c: Canvas, d: Dashboard, t: ReportTexts): void {
  const doc = c.doc;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - 42;
    doc.moveTo(c.left, y - 5).lineTo(c.right, y - 5).lineWidth(0.5).strokeColor(RULE).stroke();
    c.text(`${t.report.title} – ${d.tenantName}`, c.left, y, { size: 7.5, color: MUTED, width: c.width - 90 });
    c.text(t.report.page(i - range.start + 1, range.count), c.right - 90, y, { size: 7.5, color: MUTED, width: 90, align: 'right' });
  }
}

/** The board report, in Swedish, as a PDF. */
export function dashboardPdf(d: Dashboard, options: PdfOptions = {}): Promise<Buffer> {
  const t = reportTexts(LOCALE);
  const generated = new Date(d.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 50, right: 50 },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: `${t.report.title} – ${d.tenantName}`,
      Subject: t.report.periodLine(d.period.from, d.period.to),
      Author: 'Jobbrygga',
      Creator: 'Jobbrygga',
      ...(Number.isNaN(generated.getTime()) ? {} : { CreationDate: generated }),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    const c = new Canvas(doc, options.onLayout);
    titleBlock(c, d, t);
    targetsPart(c, d, t);
    alertsPart(c, d, t);
    const byId = new Map(d.tables.map((table) => [table.id, table]));
    for (const id of REPORT_TABLE_IDS) {
      const table = byId.get(id);
      if (table && id !== 'kolada') tablePart(c, d, table, t);
    }
    koladaPart(c, d, byId.get('kolada'), t);
    definitionsPart(c, d, t);
    footers(c, d, t);
    doc.end();
  } catch (error) {
    doc.end();
    return Promise.reject(error);
  }
  return done;
}
