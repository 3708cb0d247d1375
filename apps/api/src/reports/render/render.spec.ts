import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { reportTexts, type Dashboard, type GenderCounts, type ReportTable, type TargetProgress } from '@jobbrygga/domain';
import { dashboardCsv, dashboardPdf, dashboardXlsx, REPORT_CONTENT_TYPES, reportFileName, type PdfLayoutEvent } from './index';
import { sheetName } from './xlsx';
import { apiRoot, fontDir } from './pdf';

const g = (women: number | null, men: number | null, otherUnknown: number | null, total: number | null): GenderCounts => ({ women, men, otherUnknown, total });
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function target(over: Partial<TargetProgress['target']>): TargetProgress['target'] {
  return {
    id: 't',
    tenantCode: '0188',
    name: '',
    kind: 'placements_started',
    unit: 'count',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    owner: 'Arbetsmarknadsnämnden',
    baseline: 0,
    value: 25,
    filters: {},
    note: null,
    historical: false,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...over,
  };
}

/** Norrtälje, 2026, as of 30 October: two targets, all eight tables, every kind of alert. */
function fixture(): Dashboard {
  const tables: ReportTable[] = [
    {
      id: 'byType',
      unit: 'placements',
      rows: [
        { key: 'praktik', label: 'Praktik', cells: g(14, null, null, 27) },
        { key: 'instegsjobb', label: 'Instegsjobb', cells: g(6, 7, 0, 13) },
        { key: 'nt-sprak', label: 'Språkpraktik; "Vård" i Łódź-modellen', cells: g(null, null, 0, 8) },
        { key: 'extratjanst', label: 'Extratjänst', cells: g(null, null, null, null) },
      ],
      total: g(25, 19, null, 51),
    },
    {
      id: 'byOccupationField',
      unit: 'placements',
      rows: [
        { key: 'NYW6_mP6_vwf', label: 'Hälso- och sjukvård', cells: g(12, 5, 0, 17) },
        { key: 'E7hm_BLq_fqZ', label: 'Hotell, restaurang, storhushåll', cells: g(6, 8, null, 15) },
        { key: 'ScKy_FHB_7wT', label: 'Bygg och anläggning', cells: g(0, 9, null, 10) },
        { key: 'none', label: 'Inget yrkesområde', cells: g(null, null, null, 9) },
      ],
      total: g(25, 19, null, 51),
    },
    {
      id: 'bySector',
      unit: 'placements',
      rows: [
        { key: 'public', label: 'Offentlig sektor', cells: g(17, 9, null, 28) },
        { key: 'private', label: 'Privat sektor', cells: g(8, 10, null, 20) },
        { key: 'non_profit', label: 'Ideell sektor', cells: g(null, null, 0, null) },
      ],
      total: g(25, 19, null, 51),
    },
    {
      id: 'byMonth',
      unit: 'placements',
      rows: MONTHS.map((m, i) => {
        const month = `2026-${String(i + 1).padStart(2, '0')}`;
        if (i === 6) return { key: month, label: `${m} 2026`, cells: g(null, null, 0, null) };
        if (i >= 10) return { key: month, label: `${m} 2026`, cells: g(0, 0, 0, 0) };
        return { key: month, label: `${m} 2026`, cells: g(null, null, 0, 5 + (i % 3)) };
      }),
      total: g(25, 19, null, 51),
    },
    {
      id: 'pipeline',
      unit: 'people',
      rows: [
        { key: 'proposed', label: 'Föreslagen', cells: g(48, 41, null, 92), shares: g(null, null, null, null) },
        { key: 'learner_accepted', label: 'Deltagaren sa ja', cells: g(40, 30, null, 73), shares: g(83.3, 73.2, null, 79.3) },
        { key: 'started', label: 'Har börjat', cells: g(25, 19, null, 46), shares: g(62.5, 63.3, null, 63) },
        { key: 'completed', label: 'Avslutad', cells: g(14, 9, null, 24), shares: g(56, 47.4, null, 52.2) },
        { key: 'work_after_90d', label: 'I arbete 90 dagar efter slutet', cells: g(6, null, null, 9), shares: g(42.9, null, null, 37.5) },
      ],
      total: null,
    },
    {
      id: 'timeToFirstPlacement',
      unit: 'days',
      rows: [{ key: 'first_placement', label: 'Tid till första platsen', cells: g(22, 17, null, 41), medians: g(94, 71.5, null, 86) }],
      total: null,
    },
    {
      id: 'sfiProgress',
      unit: 'people',
      rows: [
        { key: 'passed', label: 'Godkänd (A–E)', cells: g(31, 22, null, 55), shares: g(52.5, 48.9, null, 51.9) },
        { key: 'continuing', label: 'Fortsätter', cells: g(20, 15, null, 37), shares: g(33.9, 33.3, null, 34.9) },
        { key: 'dropped', label: 'Avbrutit', cells: g(8, 8, null, 14), shares: g(13.6, 17.8, null, 13.2) },
      ],
      total: g(59, 45, null, 106),
    },
    {
      id: 'kolada',
      unit: 'people',
      kolada: ['N00971', 'N00972', 'N00973'],
      rows: [
        { key: 'left_programme', label: 'Har lämnat etableringsprogrammet', cells: g(21, 18, 0, 39) },
        { key: 'N00971', label: reportTexts('sv').kolada.N00971.ourTitle, cells: g(7, 9, 0, 16), shares: g(33.3, 50, null, 41) },
        { key: 'N00972', label: reportTexts('sv').kolada.N00972.ourTitle, cells: g(null, null, 0, null), shares: g(null, null, null, null) },
        { key: 'N00973', label: reportTexts('sv').kolada.N00973.ourTitle, cells: g(10, 12, 0, 22), shares: g(47.6, 66.7, null, 56.4) },
      ],
      total: null,
    },
  ];
  return {
    tenantCode: '0188',
    tenantName: 'Norrtälje kommun',
    period: { from: '2026-01-01', to: '2026-12-31' },
    asOf: '2026-10-30',
    generatedAt: '2026-10-30T08:15:00.000Z',
    suppressBelow: 5,
    womenShareGoal: 50,
    paceThreshold: 0.1,
    targets: [
      {
        target: target({ id: 't1', name: '25 instegsjobb i kommunens egna verksamheter', filters: { placementTypes: ['instegsjobb'], municipalOwn: true } }),
        actual: 9,
        numerator: null,
        denominator: null,
        expected: 20.76,
        fraction: 0.36,
        pace: 'behind',
        behindBy: 0.4704,
        byGender: g(5, null, null, 9),
        series: [{ month: '2026-01', value: 1, expected: 2.1 }],
      },
      {
        target: target({ id: 't2', name: 'Arbete eller studier efter 90 dagar', kind: 'work_or_studies_90d', unit: 'percent', baseline: 30, value: 45, owner: 'Vuxenutbildningen' }),
        actual: 38.2,
        numerator: 21,
        denominator: 55,
        expected: 42.4,
        fraction: 0.849,
        pace: 'on_track',
        behindBy: 0.0933,
        byGender: g(null, null, null, null),
        series: [],
      },
    ],
    tables,
    alerts: [
      { kind: 'target_behind', targetId: 't1', name: '25 instegsjobb i kommunens egna verksamheter', behindBy: 0.4704, threshold: 0.1 },
      { kind: 'women_share_low', share: 43.1, goal: 50 },
      { kind: 'learners_stalled', count: 7, weeks: 6 },
      { kind: 'employer_no_proposals', employerId: 'e1', name: '=Bageriet "Söta"; Rimbo', openSeats: 3, placements: 2 },
    ],
  };
}

/** RFC 4180 with ';': records of fields (quoted fields may hold ; " and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ';') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return records;
}

/** The CSV's sections: records between blank lines. */
function sections(csv: string): string[][][] {
  const out: string[][][] = [[]];
  for (const r of parseCsv(csv.replace(/^\uFEFF/, ''))) {
    if (r.length === 1 && r[0] === '') out.push([]);
    else out[out.length - 1].push(r);
  }
  return out.filter((s) => s.length);
}

describe('CSV', () => {
  const sv = reportTexts('sv');

  it('is UTF-8 with a BOM, ; between fields and CRLF line ends only', () => {
    const csv = dashboardCsv(fixture(), 'sv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const header = parseCsv(csv.slice(1)).find((r) => r[0] === sv.report.code);
    expect(header).toEqual([sv.report.code, sv.report.name, 'Kvinnor', 'Män', 'Annat/okänt', 'Totalt']);
    expect(csv).toContain(`${sv.report.code};${sv.report.name};Kvinnor;Män;Annat/okänt;Totalt\r\n`);
  });

  it('has every section in order, each with its title, definition and header', () => {
    const all = sections(dashboardCsv(fixture(), 'sv'));
    expect(all.map((s) => s[0][0])).toEqual([
      sv.report.targets,
      ...(['byType', 'byOccupationField', 'bySector', 'byMonth', 'pipeline', 'timeToFirstPlacement', 'sfiProgress', 'kolada'] as const).map((id) => sv.tables[id].title),
      sv.report.alerts,
      sv.report.definitions,
    ]);
    expect(all[1][1]).toEqual([sv.tables.byType.definition]);
    const definitions = all[all.length - 1];
    expect(definitions[1]).toEqual([sv.report.suppressionNote(5)]);
    expect(definitions.some((r) => r.includes(sv.report.notKolada))).toBe(true);
    expect(definitions.some((r) => r[1]?.includes(sv.kolada.N00972.difference))).toBe(true);
  });

  it('writes a table’s rows with ".." for suppressed cells, quoting where needed, and its total row', () => {
    const [section] = sections(dashboardCsv(fixture(), 'sv', 'byType'));
    expect(section[0]).toEqual([sv.tables.byType.title]);
    expect(section.slice(3)).toEqual([
      ['praktik', 'Praktik', '14', '..', '..', '27'],
      ['instegsjobb', 'Instegsjobb', '6', '7', '0', '13'],
      ['nt-sprak', 'Språkpraktik; "Vård" i Łódź-modellen', '..', '..', '0', '8'],
      ['extratjanst', 'Extratjänst', '..', '..', '..', '..'],
      ['', 'Totalt', '25', '19', '..', '51'],
    ]);
    expect(dashboardCsv(fixture(), 'sv', 'byType')).toContain('"Språkpraktik; ""Vård"" i Łódź-modellen"');
  });

  it('writes shares with a decimal comma in Swedish and a point in English; the first pipeline stage has no share', () => {
    const [svSfi] = sections(dashboardCsv(fixture(), 'sv', 'sfiProgress'));
    expect(svSfi[2]).toEqual([sv.report.code, sv.report.name, 'Kvinnor', 'Män', 'Annat/okänt', 'Totalt', ...(['Kvinnor', 'Män', 'Annat/okänt', 'Totalt'].map((c) => sv.report.shareColumn(c)))]);
    expect(svSfi[3]).toEqual(['passed', 'Godkänd (A–E)', '31', '22', '..', '55', '52,5', '48,9', '..', '51,9']);
    const [enSfi] = sections(dashboardCsv(fixture(), 'en', 'sfiProgress'));
    expect(enSfi[2].slice(2, 6)).toEqual(['Women', 'Men', 'Other/unknown', 'Total']);
    expect(enSfi[3].slice(6)).toEqual(['52.5', '48.9', '..', '51.9']);
    const [pipeline] = sections(dashboardCsv(fixture(), 'sv', 'pipeline'));
    expect(pipeline[3].slice(6)).toEqual(['', '', '', '']);
    expect(pipeline[4].slice(6)).toEqual(['83,3', '73,2', '..', '79,3']);
    const [time] = sections(dashboardCsv(fixture(), 'sv', 'timeToFirstPlacement'));
    expect(time[3].slice(6)).toEqual(['94', '71,5', '..', '86']);
  });

  it('writes the targets: figures, pace, behind in percent, the gender split where the target has one', () => {
    const [targets] = sections(dashboardCsv(fixture(), 'sv', 'targets'));
    expect(targets[0]).toEqual([sv.report.targets]);
    expect(targets[1]).toEqual([sv.report.targetsDefinition]);
    expect(targets[2]).toHaveLength(14);
    expect(targets[3]).toEqual([
      '25 instegsjobb i kommunens egna verksamheter',
      sv.targetKinds.placements_started.name,
      '2026-01-01 – 2026-12-31',
      'Arbetsmarknadsnämnden',
      '0',
      '25',
      '9',
      '20,8',
      sv.pace.behind,
      '47',
      '5',
      '..',
      '..',
      '9',
    ]);
    expect(targets[4].slice(4, 14)).toEqual(['30', '45', '38,2', '42,4', sv.pace.on_track, '9,3', '', '', '', '']);
  });

  it('writes every alert as its sentence; text that a spreadsheet would run as a formula is defused', () => {
    const all = sections(dashboardCsv(fixture(), 'sv'));
    const alerts = all.find((s) => s[0][0] === sv.report.alerts)!;
    expect(alerts.slice(3).map((r) => r[0])).toEqual([
      sv.alerts.targetBehind('25 instegsjobb i kommunens egna verksamheter', 47, 10),
      sv.alerts.womenShareLow(43.1, 50),
      sv.alerts.learnersStalled(7, 6),
      `'${sv.alerts.employerNoProposals('=Bageriet "Söta"; Rimbo', 3, 2)}`,
    ]);
    expect(alerts.slice(3).every((r) => r.length === 1)).toBe(true);
  });

  it('refuses a table the dashboard does not have', () => {
    const d = fixture();
    d.tables = d.tables.filter((t) => t.id !== 'kolada');
    expect(() => dashboardCsv(d, 'sv', 'kolada')).toThrow(RangeError);
  });
});

describe('XLSX', () => {
  async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    return wb;
  }

  it('has a sheet for the targets, one per table, the alerts and the definitions, named from the texts', async () => {
    const wb = await read(await dashboardXlsx(fixture(), 'sv'));
    const s = reportTexts('sv').sheets;
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Mål',
      s.byType,
      s.byOccupationField,
      s.bySector,
      s.byMonth,
      s.pipeline,
      s.timeToFirstPlacement,
      s.sfiProgress,
      s.kolada,
      s.alerts,
      'Definitioner',
    ]);
  });

  it.each(['sv', 'en', 'ar'] as const)('%s: sheet names are valid Excel names', async (locale) => {
    const wb = await read(await dashboardXlsx(fixture(), locale));
    expect(wb.worksheets).toHaveLength(11);
    for (const w of wb.worksheets) {
      expect(w.name.length).toBeLessThanOrEqual(31);
      expect(w.name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(wb.worksheets.map((w) => w.name.toLowerCase())).size).toBe(11);
  });

  it('writes a table sheet: title, definition, blank, bold header, numbers as numbers, ".." where suppressed, a bold total row', async () => {
    const sv = reportTexts('sv');
    const wb = await read(await dashboardXlsx(fixture(), 'sv'));
    const ws = wb.getWorksheet(sv.sheets.byType)!;
    expect(ws.getCell('A1').value).toBe(sv.tables.byType.title);
    expect(ws.getCell('A2').value).toBe(sv.tables.byType.definition);
    expect(ws.getCell('A3').value).toBeNull();
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([sv.report.code, sv.report.name, 'Kvinnor', 'Män', 'Annat/okänt', 'Totalt']);
    expect(ws.getCell('C4').font?.bold).toBe(true);
    expect(ws.getCell('B5').value).toBe('Praktik');
    expect(ws.getCell('C5').value).toBe(14);
    expect(typeof ws.getCell('C5').value).toBe('number');
    expect(ws.getCell('D5').value).toBe('..');
    expect(ws.getCell('F9').value).toBe(51);
    expect(ws.getCell('B9').value).toBe('Totalt');
    expect(ws.getCell('B9').font?.bold).toBe(true);
    expect(ws.getCell('A11').value).toBe(sv.report.suppressionNote(5));
    const kolada = wb.getWorksheet(sv.sheets.kolada)!;
    expect(kolada.getCell('A5').value).toBe('left_programme');
    expect(kolada.getCell('A10').value).toBe(sv.report.suppressionNote(5));
    expect(kolada.getCell('A11').value).toBe(sv.report.notKolada);
    const sfi = wb.getWorksheet(sv.sheets.sfiProgress)!;
    expect(sfi.getCell('G5').value).toBe(52.5);
    expect(sfi.getCell('G5').numFmt).toBe('0.0');
  });

  it('writes the targets, the alerts and the definitions', async () => {
    const sv = reportTexts('sv');
    const wb = await read(await dashboardXlsx(fixture(), 'sv'));
    const targets = wb.getWorksheet('Mål')!;
    expect(targets.getCell('A5').value).toBe('25 instegsjobb i kommunens egna verksamheter');
    expect(targets.getCell('G6').value).toBe(38.2);
    expect(targets.getCell('G6').numFmt).toContain('%');
    expect(targets.getCell('L5').value).toBe('..');
    const alerts = wb.getWorksheet(sv.sheets.alerts)!;
    // A cell holds text, never a formula: no apostrophe needed here.
    expect(alerts.getCell('A8').value).toBe(sv.alerts.employerNoProposals('=Bageriet "Söta"; Rimbo', 3, 2));
    expect(alerts.getCell('A8').formula).toBeUndefined();
    const defs = wb.getWorksheet('Definitioner')!;
    const texts: string[] = [];
    defs.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toEqual(expect.arrayContaining([sv.report.suppressionNote(5), sv.report.notKolada, sv.tables.pipeline.definition]));
    expect(texts.some((x) => x.includes(sv.kolada.N00973.difference))).toBe(true);
  });

  it('makes sheet names valid and unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Påbörjade platser: efter yrkesområde [SSYK]?', taken)).toBe('Påbörjade platser efter yrkesom');
    expect(sheetName('Påbörjade platser efter yrkesområde', taken)).toBe('Påbörjade platser efter yrk (2)');
    expect(sheetName("'a/b'", taken)).toBe('a b');
  });
});

describe('PDF', () => {
  const latin1 = (b: Buffer) => b.toString('latin1');
  const pages = (b: Buffer) => (latin1(b).match(/\/Type \/Page\b(?!s)/g) ?? []).length;

  it('finds apps/api and the shipped fonts from src/ and from dist/', () => {
    const root = apiRoot();
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).name).toBe('@jobbrygga/api');
    expect(apiRoot(path.join(root, 'dist', 'reports', 'render'))).toBe(root);
    expect(fontDir()).toBe(path.join(root, 'assets', 'fonts'));
    for (const f of ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-700-normal.woff', 'noto-sans-latin-ext-400-normal.woff', 'noto-sans-latin-ext-700-normal.woff', 'OFL.txt']) {
      expect(fs.existsSync(path.join(fontDir(), f))).toBe(true);
    }
  });

  it('is a PDF of several pages with Noto Sans embedded (regular and bold, latin and latin-ext)', async () => {
    const pdf = await dashboardPdf(fixture());
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(latin1(pdf.subarray(-6))).toContain('%%EOF');
    expect(pages(pdf)).toBeGreaterThanOrEqual(2);
    const fonts = new Set(latin1(pdf).match(/\/BaseFont \/[A-Z]{6}\+NotoSans-(Regular|Bold)/g));
    // Ł and ź (latin-ext) are in a label: four fonts, two of each weight.
    expect([...fonts].filter((f) => f.endsWith('Regular')).length).toBe(2);
    expect([...fonts].filter((f) => f.endsWith('Bold')).length).toBeGreaterThanOrEqual(1);
    expect(latin1(pdf)).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(latin1(pdf)).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('continues a table longer than a page on the next page, the header drawn again', async () => {
    const d = fixture();
    const byType = d.tables.find((t) => t.id === 'byType')!;
    byType.rows = Array.from({ length: 90 }, (_, i) => ({ key: `typ-${i + 1}`, label: `Kommunens egen platstyp nr ${i + 1}`, cells: g(5 + (i % 7), null, null, 12 + (i % 9)) }));
    const events: PdfLayoutEvent[] = [];
    const pdf = await dashboardPdf(d, { onLayout: (e) => events.push(e) });
    const headers = events.filter((e) => e.kind === 'tableHeader' && e.table === 'byType').map((e) => e.page);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers[1]).toBe(headers[0] + 1);
    const short = await dashboardPdf(fixture());
    expect(pages(pdf)).toBeGreaterThan(pages(short));
    // Every section was laid out, in order.
    expect(events.filter((e) => e.kind === 'section').map((e) => (e as { id: string }).id)).toEqual([
      'targets',
      'alerts',
      'byType',
      'byOccupationField',
      'bySector',
      'byMonth',
      'pipeline',
      'timeToFirstPlacement',
      'sfiProgress',
      'kolada',
      'definitions',
    ]);
  });

  it('draws a dashboard with no targets, no alerts and empty tables', async () => {
    const d = fixture();
    d.targets = [];
    d.alerts = [];
    for (const t of d.tables) t.rows = [];
    const pdf = await dashboardPdf(d);
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('file names and content types', () => {
  it('names the download after the municipality and the period', () => {
    expect(reportFileName('0188', { from: '2026-01-01', to: '2026-12-31' }, 'xlsx')).toBe('jobbrygga-rapport-0188-2026-01-01-2026-12-31.xlsx');
    expect(reportFileName('../x y', { from: '2026-01-01', to: '2026-06-30' }, 'pdf')).toBe('jobbrygga-rapport-x-y-2026-01-01-2026-06-30.pdf');
    expect(REPORT_CONTENT_TYPES).toEqual({
      csv: 'text/csv; charset=utf-8',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pdf: 'application/pdf',
    });
  });
});
