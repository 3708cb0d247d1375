/**
 * What the CSV, the spreadsheet and the PDF share: the dashboard laid out as sections of rows and
 * columns, with every word from reportTexts(locale). No formatting of numbers here: each renderer
 * writes numbers its own way (decimal comma, number cells, right-aligned text).
 */
import {
  GENDER_COLUMNS,
  REPORT_TABLE_IDS,
  REPORT_TARGET_KINDS,
  KOLADA_INDICATORS,
  reportTexts,
  type Dashboard,
  type GenderCounts,
  type Locale,
  type ReportAlert,
  type ReportTable,
  type ReportTableId,
  type ReportTexts,
  type TargetProgress,
} from '@jobbrygga/domain';

export type SectionId = ReportTableId | 'targets' | 'alerts' | 'definitions';

/**
 * One cell: a number, a text, `null` where the figure is suppressed (written as the marker "..")
 * or `undefined` where the column does not apply to the row (written empty).
 */
export type Cell = string | number | null | undefined;

/**
 * How a column's numbers read: counts, percent (one decimal), days (median, one decimal), or
 * `value` (a target's figures: a count or a percent, as the target's unit says).
 */
export type ColumnKind = 'text' | 'count' | 'percent' | 'days' | 'value';

export interface Column {
  header: string;
  kind: ColumnKind;
}

export interface Section {
  id: SectionId;
  title: string;
  definition: string;
  columns: Column[];
  rows: Cell[][];
  /** The table's total row, when it has one. */
  total?: Cell[];
  /** Per row, for `value` columns: true where the row's figures are percent (a percent target). */
  percentRows?: boolean[];
}

export const SECTION_ORDER: readonly SectionId[] = ['targets', ...REPORT_TABLE_IDS, 'alerts', 'definitions'];

/** Rounded to one decimal, as every share and median is published. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A GenderCounts as four cells; `null` stays suppressed. */
function genderCells(counts: GenderCounts | undefined, columns: readonly (keyof GenderCounts)[] = GENDER_COLUMNS): Cell[] {
  return columns.map((c) => (counts ? counts[c] : undefined));
}

/** Which extra column groups a table has: shares and/or medians, when any row carries them. */
function extras(table: ReportTable): { shares: boolean; medians: boolean } {
  return { shares: table.rows.some((r) => r.shares !== undefined), medians: table.rows.some((r) => r.medians !== undefined) };
}

export function tableSection(table: ReportTable, t: ReportTexts): Section {
  const { shares, medians } = extras(table);
  const columns: Column[] = [
    { header: t.report.code, kind: 'text' },
    { header: t.report.name, kind: 'text' },
    ...GENDER_COLUMNS.map((c) => ({ header: t.columns[c], kind: 'count' as const })),
  ];
  if (shares) columns.push(...GENDER_COLUMNS.map((c) => ({ header: t.report.shareColumn(t.columns[c]), kind: 'percent' as const })));
  if (medians) columns.push(...GENDER_COLUMNS.map((c) => ({ header: t.report.medianColumn(t.columns[c]), kind: 'days' as const })));
  const rows = table.rows.map((row, i) => {
    const cells: Cell[] = [row.key, row.label, ...genderCells(row.cells)];
    // The pipeline's first stage has no stage before it: its share does not apply (it is not hidden).
    if (shares) cells.push(...(table.id === 'pipeline' && i === 0 ? [undefined, undefined, undefined, undefined] : genderCells(row.shares)));
    if (medians) cells.push(...genderCells(row.medians));
    return cells;
  });
  const section: Section = { id: table.id, title: t.tables[table.id].title, definition: t.tables[table.id].definition, columns, rows };
  if (table.total) {
    const total: Cell[] = ['', t.columns.total, ...genderCells(table.total)];
    while (total.length < columns.length) total.push(undefined);
    section.total = total;
  }
  return section;
}

/** Seats offered are not split by gender; shares have no gender split in byGender. */
function genderApplies(p: TargetProgress): { split: boolean; total: boolean } {
  if (p.target.unit === 'percent') return { split: false, total: false };
  return { split: p.target.kind === 'placements_started', total: true };
}

/** A target's actual: `null` (suppressed) only where there is something that is hidden. */
export function actualCell(p: TargetProgress): number | null | undefined {
  if (p.actual !== null) return p.actual;
  return p.pace === 'no_data' || p.pace === 'not_started' ? undefined : null;
}

/** behindBy as percent of the target value, one decimal. */
export function behindByPercent(p: TargetProgress): number | undefined {
  return p.behindBy === null ? undefined : oneDecimal(p.behindBy * 100);
}

export function periodText(from: string, to: string): string {
  return `${from} – ${to}`;
}

export function targetsSection(d: Dashboard, t: ReportTexts): Section {
  const columns: Column[] = [
    { header: t.report.name, kind: 'text' },
    { header: t.report.kind, kind: 'text' },
    { header: t.report.period, kind: 'text' },
    { header: t.report.owner, kind: 'text' },
    { header: t.report.baseline, kind: 'value' },
    { header: t.report.target, kind: 'value' },
    { header: t.report.actual, kind: 'value' },
    { header: t.report.expected, kind: 'value' },
    { header: t.report.pace, kind: 'text' },
    { header: t.report.behindBy, kind: 'percent' },
    ...GENDER_COLUMNS.map((c) => ({ header: t.columns[c], kind: 'count' as const })),
  ];
  const rows = d.targets.map((p) => {
    const g = genderApplies(p);
    return [
      p.target.name,
      t.targetKinds[p.target.kind].name,
      periodText(p.target.periodStart, p.target.periodEnd),
      p.target.owner,
      p.target.baseline,
      p.target.value,
      actualCell(p),
      oneDecimal(p.expected),
      t.pace[p.pace],
      behindByPercent(p),
      g.split ? p.byGender.women : undefined,
      g.split ? p.byGender.men : undefined,
      g.split ? p.byGender.otherUnknown : undefined,
      g.total ? p.byGender.total : undefined,
    ] as Cell[];
  });
  return { id: 'targets', title: t.report.targets, definition: t.report.targetsDefinition, columns, rows, percentRows: d.targets.map((p) => p.target.unit === 'percent') };
}

export function alertText(alert: ReportAlert, t: ReportTexts): string {
  switch (alert.kind) {
    case 'target_behind':
      return t.alerts.targetBehind(alert.name, oneDecimal(alert.behindBy * 100), oneDecimal(alert.threshold * 100));
    case 'women_share_low':
      return t.alerts.womenShareLow(oneDecimal(alert.share), oneDecimal(alert.goal));
    case 'learners_stalled':
      return t.alerts.learnersStalled(alert.count, alert.weeks);
    case 'employer_no_proposals':
      return t.alerts.employerNoProposals(alert.name, alert.openSeats, alert.placements);
  }
}

export function alertsSection(d: Dashboard, t: ReportTexts): Section {
  const rows: Cell[][] = d.alerts.length ? d.alerts.map((a) => [alertText(a, t)]) : [[t.report.noAlerts]];
  return {
    id: 'alerts',
    title: t.report.alerts,
    definition: t.report.alertsDefinition(oneDecimal(d.paceThreshold * 100), oneDecimal(d.womenShareGoal)),
    columns: [{ header: t.report.alerts, kind: 'text' }],
    rows,
  };
}

/** The Kolada KPI line: "Koladas nyckeltal N00971: <Kolada's own title>". */
export function koladaTerm(id: (typeof KOLADA_INDICATORS)[number], t: ReportTexts): string {
  return `${t.report.koladaKpi} ${id}: ${t.kolada[id].koladaTitle}`;
}

/** The time the dashboard was made, in Swedish time, as YYYY-MM-DD HH:MM. */
export function generatedText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date);
}

export function definitionsSection(d: Dashboard, t: ReportTexts): Section {
  const rows: Cell[][] = [
    [t.report.municipality, `${d.tenantName} (${d.tenantCode})`],
    [t.report.period, periodText(d.period.from, d.period.to)],
    [t.report.asOf(d.asOf), ''],
    [t.report.generatedAt(generatedText(d.generatedAt)), ''],
    [t.report.suppressed, t.report.suppressionNote(d.suppressBelow)],
    [t.report.targets, t.report.targetsDefinition],
    ...REPORT_TARGET_KINDS.map((k) => [t.targetKinds[k].name, t.targetKinds[k].definition]),
    ...REPORT_TABLE_IDS.map((id) => [t.tables[id].title, t.tables[id].definition]),
    ...KOLADA_INDICATORS.flatMap((id) => [[koladaTerm(id, t), `${t.kolada[id].ourTitle}. ${t.kolada[id].difference}`]]),
    [t.report.koladaKpi, t.report.notKolada],
  ].map((r) => r.map((c) => (c === '' ? undefined : c)));
  return {
    id: 'definitions',
    title: t.report.definitions,
    definition: t.report.suppressionNote(d.suppressBelow),
    columns: [
      { header: t.report.term, kind: 'text' },
      { header: t.report.definition, kind: 'text' },
    ],
    rows,
  };
}

/** Every section in order (targets, the tables as REPORT_TABLE_IDS orders them, alerts, definitions). */
export function dashboardSections(d: Dashboard, locale: Locale): Section[] {
  const t = reportTexts(locale);
  const byId = new Map(d.tables.map((table) => [table.id, table]));
  const tables = REPORT_TABLE_IDS.map((id) => byId.get(id)).filter((table): table is ReportTable => table !== undefined);
  return [targetsSection(d, t), ...tables.map((table) => tableSection(table, t)), alertsSection(d, t), definitionsSection(d, t)];
}
