import type { DataSource } from 'typeorm';
import type { ReportTargetKind, TargetFilters } from '@jobbrygga/domain';
import { DEMO } from './demo-data';

type Log = (msg: string, fields?: Record<string, unknown>) => void;

/** Fixed ids, so tests and the demo can name the targets: 00000000-0000-4000-8500-<tenant><n>. */
export function demoTargetId(tenantCode: string, n: number): string {
  return `00000000-0000-4000-8500-${tenantCode.padStart(4, '0')}${String(n).padStart(8, '0')}`;
}

interface DemoTarget {
  n: number;
  name: string;
  kind: ReportTargetKind;
  period: (year: number) => [string, string];
  owner: string;
  baseline: number;
  value: number;
  filters: TargetFilters;
  note: string | null;
}

const YEAR = (y: number): [string, string] => [`${y}-01-01`, `${y}-12-31`];

/**
 * The demo municipalities' targets, from their strategies (shared/seeds). Sollentuna's "25
 * instegsjobb i kommunens egna verksamheter" (plan 2017–2019) is kept as a historical target and
 * restated as today's introduktionsjobb; Norrtälje's are about jobs created locally with employers,
 * praktik in its own operations, outcomes and women's share.
 */
export const DEMO_TARGETS: Record<string, DemoTarget[]> = {
  [DEMO.sollentuna.code]: [
    {
      n: 1, name: '25 instegsjobb i kommunens egna verksamheter', kind: 'placements_started', period: () => ['2017-01-01', '2019-12-31'],
      owner: 'Kommunstyrelsen', baseline: 0, value: 25, filters: { placementTypes: ['instegsjobb'], municipalOwn: true },
      note: 'Historiskt mål ur Sollentunas plan för 2017–2019. Instegsjobb ersattes av introduktionsjobb den 1 maj 2018.',
    },
    {
      n: 2, name: '25 introduktionsjobb i kommunens egna verksamheter', kind: 'placements_started', period: YEAR,
      owner: 'Kommunstyrelsen', baseline: 0, value: 25, filters: { placementTypes: ['introduktionsjobb'], municipalOwn: true },
      note: 'Målet om 25 instegsjobb, omräknat till dagens introduktionsjobb.',
    },
  ],
  [DEMO.norrtalje.code]: [
    {
      n: 1, name: 'Jobb som skapas lokalt tillsammans med arbetsgivare', kind: 'local_places_created', period: YEAR,
      owner: 'Arbetsmarknadsenheten', baseline: 40, value: 60, filters: {},
      note: '"Vilka och hur många jobb kan skapas lokalt" – platser hos arbetsgivare som inte är kommunens egna.',
    },
    {
      n: 2, name: 'Lokala jobb inom hälso- och sjukvård', kind: 'local_places_created', period: YEAR,
      owner: 'Arbetsmarknadsenheten', baseline: 5, value: 10, filters: { occupationField: 'NYW6_mP6_vwf' }, note: null,
    },
    {
      n: 3, name: 'Praktikplatser i kommunens egna verksamheter', kind: 'own_praktik_places', period: YEAR,
      owner: 'Kommundirektören', baseline: 15, value: 30, filters: {}, note: null,
    },
    {
      n: 4, name: 'Placeringar som har börjat', kind: 'placements_started', period: YEAR,
      owner: 'Arbetsmarknadsenheten', baseline: 20, value: 40, filters: {}, note: null,
    },
    {
      n: 5, name: 'I arbete eller studier 90 dagar efter en placering', kind: 'work_or_studies_90d', period: YEAR,
      owner: 'Arbetsmarknadsenheten', baseline: 45, value: 60, filters: {}, note: null,
    },
    {
      n: 6, name: 'Kvinnors andel av placeringarna', kind: 'women_share', period: YEAR,
      owner: 'Arbetsmarknadsenheten', baseline: 38, value: 50, filters: {}, note: 'Fler kvinnor i arbetsmarknadsinsatser (prioriterad grupp).',
    },
  ],
};

/** Loads the demo targets once (periods follow the year of the first start); later starts leave them alone. */
export async function seedDemoTargets(ds: DataSource, today: string, log: Log): Promise<void> {
  const year = Number(today.slice(0, 4));
  for (const [code, targets] of Object.entries(DEMO_TARGETS)) {
    const [tenant] = await ds.query(`SELECT 1 FROM tenant WHERE code = $1`, [code]);
    if (!tenant) continue;
    let written = 0;
    for (const t of targets) {
      const [from, to] = t.period(year);
      const [, count] = await ds.query(
        `INSERT INTO report_target (id, tenant_code, name, kind, period_start, period_end, owner, baseline, value, filters, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [demoTargetId(code, t.n), code, t.name, t.kind, from, to, t.owner, t.baseline, t.value, JSON.stringify(t.filters), t.note],
      );
      written += count;
    }
    log('demo targets ready', { tenant: code, written });
  }
}
