import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  KOLADA_INDICATORS, PIPELINE_STAGES, SFI_PROGRESS_STATUSES, TARGET_UNIT, occupationFieldLabel, reportTexts,
  type Dashboard, type EmployerStatistics, type GenderCounts, type Locale, type PipelineStage, type ReportAlert, type ReportPeriod, type ReportTable,
  type Target, type TargetProgress,
} from '@jobbrygga/domain';
import { conversion, monthsOf, pace, paceSeries, share, suppress } from '@jobbrygga/reports';
import type { AuthUser } from '../common/request-context';
import { notFound } from '../common/app-error';
import { LAST_ACTIVITY } from '../learners/learner-access';
import { TargetsService } from './targets.service';

/** The row of placements whose occupation has no SSYK group. */
const NO_FIELD: Record<Locale, string> = { sv: 'Inget yrkesområde angivet', en: 'No occupation field given', ar: 'لم يُحدَّد مجال مهني' };

/** Counts below this are never shown. */
export const SUPPRESS_BELOW = 5;

type Raw = { women: number; men: number; otherUnknown: number };
const ZERO: Raw = { women: 0, men: 0, otherUnknown: 0 };

/** SQL: the three gender columns of a count over rows joined to learner `l` (other and unknown together). */
const GENDER_PIVOT = (condition = 'true', alias = 'l') => `
  count(*) FILTER (WHERE (${condition}) AND ${alias}.gender = 'female')::int AS women,
  count(*) FILTER (WHERE (${condition}) AND ${alias}.gender = 'male')::int AS men,
  count(*) FILTER (WHERE (${condition}) AND ${alias}.gender NOT IN ('female', 'male'))::int AS "otherUnknown"`;

/**
 * SQL: placements started in [$2, $3] in tenant $1 from the summaries (migration 510): whole months from
 * report_start_month, the days of a partial first or last month from report_start_day. Columns: month,
 * type_id, ssyk_code, sector, municipal_own, women, men, other_unknown.
 */
const FIRST_WHOLE_MONTH = `(date_trunc('month', $2::date - 1) + interval '1 month')::date`;
const AFTER_WHOLE_MONTHS = `date_trunc('month', $3::date + 1)::date`;
const STARTS = `
  SELECT s.month, s.type_id, s.ssyk_code, s.sector, s.municipal_own, s.women, s.men, s.other_unknown
    FROM report_start_month s
   WHERE s.tenant_code = $1 AND s.month >= ${FIRST_WHOLE_MONTH} AND s.month < ${AFTER_WHOLE_MONTHS}
  UNION ALL
  SELECT date_trunc('month', s.day)::date, s.type_id, s.ssyk_code, s.sector, s.municipal_own, s.women, s.men, s.other_unknown
    FROM report_start_day s
   WHERE s.tenant_code = $1 AND s.day BETWEEN $2::date AND $3::date
     AND (s.day < ${FIRST_WHOLE_MONTH} OR s.day >= ${AFTER_WHOLE_MONTHS})`;

/** SQL: the summed gender columns of STARTS rows `s`. */
const STARTS_PIVOT = `sum(s.women)::int AS women, sum(s.men)::int AS men, sum(s.other_unknown)::int AS "otherUnknown"`;

/** SQL: STARTS with the type's code and the occupation field, for filters and grouping. */
const STARTED_FROM = `
  FROM (${STARTS}) s
  JOIN placement_type pt ON pt.id = s.type_id
  LEFT JOIN ref_ssyk_group g ON g.code = s.ssyk_code
  LEFT JOIN ref_occupation_field f ON f.concept_id = g.field_concept_id`;

/** The bit of referral.report_stages (migration 510) that marks each pipeline stage; everyone counted was proposed. */
const STAGE_BITS: Record<PipelineStage, number> = { proposed: 0, learner_accepted: 1, started: 2, completed: 4, work_after_90d: 8 };

/** SQL: every person's establishment periods, erased learners' statistics rows included. */
const ESTABLISHMENT = `
  SELECT 'l' || l.id AS person, l.gender, x.exit_date, x.status_90_days
    FROM learner_establishment x JOIN learner l ON l.id = x.learner_id WHERE l.tenant_code = $1 AND x.exit_date IS NOT NULL
  UNION ALL
  SELECT 'a' || a.id, a.gender, (e->>'exitDate')::date, e->>'status90Days'
    FROM anonymised_learner a CROSS JOIN jsonb_array_elements(a.establishment) e WHERE a.tenant_code = $1 AND e->>'exitDate' IS NOT NULL`;

/** SQL: every person's SFI courses, erased learners' statistics rows included. */
const SFI_COURSES = `
  SELECT 'l' || l.id AS person, l.gender, s.course::text AS course, s.start_date, s.end_date, s.result
    FROM learner_sfi_course s JOIN learner l ON l.id = s.learner_id WHERE l.tenant_code = $1
  UNION ALL
  SELECT 'a' || a.id, a.gender, e->>'course', (e->>'startDate')::date, (e->>'endDate')::date, e->>'result'
    FROM anonymised_learner a CROSS JOIN jsonb_array_elements(a.sfi_courses) e WHERE a.tenant_code = $1`;

/** SQL: the moment a Swedish date begins, for timestamptz columns. */
const dayStart = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`;

function raw(row: Partial<Raw> | undefined): Raw {
  return { women: row?.women ?? 0, men: row?.men ?? 0, otherUnknown: row?.otherUnknown ?? 0 };
}

function addRaw(a: Raw, b: Raw): Raw {
  return { women: a.women + b.women, men: a.men + b.men, otherUnknown: a.otherUnknown + b.otherUnknown };
}

/** A share is shown only when neither those counted nor the rest are a small number. */
function publishedShare(numerator: number, denominator: number): number | null {
  const rest = denominator - numerator;
  if (denominator === 0) return null;
  if ((numerator > 0 && numerator < SUPPRESS_BELOW) || (rest > 0 && rest < SUPPRESS_BELOW)) return null;
  return share(numerator, denominator);
}

/** Shares per column of published counts against published denominators. */
function shares(cells: GenderCounts, of: GenderCounts): GenderCounts {
  const one = (a: number | null, b: number | null) => (a === null || b === null ? null : share(a, b));
  return { women: one(cells.women, of.women), men: one(cells.men, of.men), otherUnknown: one(cells.otherUnknown, of.otherUnknown), total: one(cells.total, of.total) };
}

function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : locale === 'ar' ? 'ar' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * The board's figures: target progress, gender-split tables with small counts suppressed, Kolada-
 * aligned indicators and alerts. Every figure is one SQL aggregation over the period; Node only
 * pivots the handful of rows that come back and applies the suppression rules of libs/reports.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly ds: DataSource, private readonly targets: TargetsService) {}

  // ---------------------------------------------------------------- targets

  /** `threshold`: the tenant's pace threshold as a fraction (read once by the caller, not per target). */
  async progress(caller: AuthUser, target: Target, threshold: number, asOf = this.targets.today()): Promise<TargetProgress> {
    const tenant = caller.tenantCode;
    const months = monthsOf(target.periodStart, target.periodEnd);
    const until = asOf < target.periodEnd ? asOf : target.periodEnd;
    const byMonth = new Map<string, { num: number; den: number; g: Raw }>();
    const f = target.filters;
    const params: unknown[] = [tenant, target.periodStart, target.periodEnd];
    const where: string[] = [];
    if (f.placementTypes?.length) where.push(`pt.code = ANY($${params.push(f.placementTypes)})`);
    if (f.occupationField) where.push(`g.field_concept_id = $${params.push(f.occupationField)}`);
    const extra = where.map((w) => ` AND ${w}`).join('');

    switch (target.kind) {
      case 'placements_started':
      case 'women_share': {
        const own = f.municipalOwn === undefined ? '' : ` AND s.municipal_own = $${params.push(f.municipalOwn)}`;
        const rows = await this.ds.query(
          `SELECT to_char(s.month, 'YYYY-MM') AS month, ${STARTS_PIVOT} ${STARTED_FROM} WHERE true${extra}${own} GROUP BY 1`,
          params,
        );
        for (const r of rows) {
          const g = raw(r);
          byMonth.set(r.month, { num: target.kind === 'women_share' ? g.women : g.women + g.men + g.otherUnknown, den: g.women + g.men + g.otherUnknown, g });
        }
        break;
      }
      case 'own_praktik_places':
      case 'local_places_created': {
        const own = target.kind === 'own_praktik_places';
        const types = own && !f.placementTypes?.length ? ` AND 'praktik_places' = ANY(pt.counts_towards)` : '';
        const rows = await this.ds.query(
          `SELECT to_char(p.start_date, 'YYYY-MM') AS month, sum(p.seats)::int AS seats
             FROM placement p JOIN employer e ON e.id = p.employer_id JOIN placement_type pt ON pt.id = p.type_id
             LEFT JOIN ref_ssyk_group g ON g.code = p.ssyk_code
            WHERE p.tenant_code = $1 AND p.start_date BETWEEN $2::date AND $3::date AND p.status <> 'draft'
              AND e.municipal_own = ${own ? 'true' : 'false'}${extra}${types}
            GROUP BY 1`,
          params,
        );
        for (const r of rows) byMonth.set(r.month, { num: r.seats, den: 0, g: ZERO });
        break;
      }
      case 'work_or_studies_90d': {
        // People counted once: in work or studies if any placement of theirs that ended in the period had that outcome.
        // The placement is joined only when the target filters on it; otherwise this is an index-only scan.
        const placementJoin = extra
          ? ' JOIN placement p ON p.id = r.placement_id JOIN placement_type pt ON pt.id = p.type_id LEFT JOIN ref_ssyk_group g ON g.code = p.ssyk_code'
          : '';
        const rows = await this.ds.query(
          `WITH per AS (
             SELECT r.learner_id, min(to_char(r.ended_on, 'YYYY-MM')) AS month, bool_or(r.outcome IN ('work', 'studies')) AS yes
               FROM referral r${placementJoin}
              WHERE r.tenant_code = $1 AND r.ended_on BETWEEN $2::date AND $3::date AND r.outcome IS NOT NULL${extra}
              GROUP BY r.learner_id)
           SELECT per.month, count(*) FILTER (WHERE per.yes)::int AS num, count(*)::int AS den, ${GENDER_PIVOT('per.yes')}
             FROM per JOIN learner l ON l.id = per.learner_id GROUP BY per.month`,
          params,
        );
        for (const r of rows) byMonth.set(r.month, { num: r.num, den: r.den, g: raw(r) });
        break;
      }
    }

    // Cumulative month by month up to today (or the end), and where a straight line stands at each month's end.
    const percent = TARGET_UNIT[target.kind] === 'percent';
    let num = 0;
    let den = 0;
    let g: Raw = ZERO;
    const series: TargetProgress['series'] = [];
    const period = { from: target.periodStart, to: target.periodEnd };
    const line = new Map(paceSeries({ unit: TARGET_UNIT[target.kind], baseline: target.baseline, value: target.value, period, asOf }).map((p) => [p.month, p.expected]));
    for (const month of months) {
      const reached = month <= until.slice(0, 7) && until >= target.periodStart;
      const m = byMonth.get(month);
      if (m && reached) {
        num += m.num;
        den += m.den;
        g = addRaw(g, m.g);
      }
      const value = !reached ? null : percent ? publishedShare(num, den) : num;
      series.push({ month, value, expected: line.get(month)! });
    }
    // Seats counted to the period's end may lie ahead of today: a placement offered for next month counts now.
    if (target.kind === 'own_praktik_places' || target.kind === 'local_places_created') {
      num = [...byMonth.values()].reduce((s, m) => s + m.num, 0);
    }
    const actual = percent ? publishedShare(num, den) : num;
    const p = pace({ unit: TARGET_UNIT[target.kind], baseline: target.baseline, value: target.value, period, asOf, actual, threshold });
    const seats = target.kind === 'own_praktik_places' || target.kind === 'local_places_created';
    const byGender: GenderCounts = seats
      ? { women: null, men: null, otherUnknown: null, total: num }
      : target.kind === 'work_or_studies_90d' || target.kind === 'women_share'
        ? suppress([g], { additive: false, threshold: SUPPRESS_BELOW }).rows[0]
        : { ...suppress([g], { additive: false, threshold: SUPPRESS_BELOW }).rows[0], total: num };
    return {
      target,
      actual,
      numerator: percent && actual !== null ? num : null,
      denominator: percent && actual !== null ? den : null,
      expected: p.expected,
      fraction: p.fraction,
      pace: p.pace,
      behindBy: p.behindBy,
      byGender,
      series,
    };
  }

  /** `paceThreshold` given: called from the dashboard, which has read the settings and refreshed the summaries. */
  async targetProgress(caller: AuthUser, historical: boolean, paceThreshold?: number): Promise<TargetProgress[]> {
    if (paceThreshold === undefined) await this.refreshSummaries(caller.tenantCode);
    const [list, threshold] = await Promise.all([this.targets.list(caller, historical), paceThreshold ?? this.threshold(caller.tenantCode)]);
    const out: TargetProgress[] = [];
    for (const t of list) out.push(await this.progress(caller, t, threshold));
    return out;
  }

  async oneTarget(caller: AuthUser, id: string): Promise<TargetProgress> {
    const [target, threshold] = await Promise.all([this.targets.one(caller, id), this.threshold(caller.tenantCode), this.refreshSummaries(caller.tenantCode)]);
    return this.progress(caller, target, threshold);
  }

  /**
   * Recomputes the months of the started-placements summary that changes have marked since the last
   * report (migration 510). Costs one indexed look-up when nothing changed.
   */
  private async refreshSummaries(tenant: string): Promise<void> {
    await this.ds.query(`SELECT report_refresh_starts($1)`, [tenant]);
  }

  private async threshold(tenant: string): Promise<number> {
    return (await this.settings(tenant)).paceThreshold / 100;
  }

  // ---------------------------------------------------------------- dashboard

  private async settings(tenant: string): Promise<{ name: string; womenShareGoal: number; paceThreshold: number; stalledWeeks: number }> {
    const [t] = await this.ds.query(
      `SELECT name, women_share_goal AS "womenShareGoal", pace_threshold AS "paceThreshold", stalled_weeks AS "stalledWeeks" FROM tenant WHERE code = $1`,
      [tenant],
    );
    if (!t) throw notFound();
    return t;
  }

  async dashboard(caller: AuthUser, period: ReportPeriod, locale: Locale): Promise<Dashboard> {
    const tenant = caller.tenantCode;
    const asOf = this.targets.today();
    const [settings] = await Promise.all([this.settings(tenant), this.refreshSummaries(tenant)]);
    const texts = reportTexts(locale);
    const args = [tenant, period.from, period.to];

    const [started, pipeline, firsts, sfi, kolada, targets, alerts] = await Promise.all([
      this.ds.query(
        `SELECT CASE WHEN GROUPING(pt.code) = 0 THEN 'byType' WHEN GROUPING(g.field_concept_id) = 0 THEN 'byOccupationField'
                     WHEN GROUPING(s.sector) = 0 THEN 'bySector' ELSE 'byMonth' END AS "table",
                COALESCE(pt.code, g.field_concept_id, s.sector, to_char(s.month, 'YYYY-MM')) AS key,
                min(CASE $4 WHEN 'en' THEN pt.name_en WHEN 'ar' THEN pt.name_ar ELSE pt.name_sv END) AS "typeName",
                min(f.label_sv) AS "fieldName", ${STARTS_PIVOT}
           ${STARTED_FROM}
          GROUP BY GROUPING SETS ((pt.code), (g.field_concept_id), (s.sector), (s.month))`,
        [...args, locale],
      ),
      // Each person once: the stages any of their referrals made in the period reached (referral.report_stages bits).
      this.ds.query(
        `WITH per AS (
           SELECT r.learner_id, bit_or(r.report_stages) AS bits FROM referral r
            WHERE r.tenant_code = $1 AND r.created_at >= ${dayStart('$2')} AND r.created_at < ${dayStart('($3::date + 1)')}
            GROUP BY r.learner_id)
         SELECT s.stage, ${GENDER_PIVOT('s.bit = 0 OR per.bits & s.bit <> 0')}
           FROM per JOIN learner l ON l.id = per.learner_id CROSS JOIN unnest($4::text[], $5::int[]) AS s(stage, bit) GROUP BY s.stage`,
        [...args, PIPELINE_STAGES, PIPELINE_STAGES.map((stage) => STAGE_BITS[stage])],
      ),
      this.ds.query(
        `WITH firsts AS (
           SELECT r.learner_id, min(r.started_on) AS first FROM referral r
            WHERE r.tenant_code = $1 AND r.started_on IS NOT NULL GROUP BY r.learner_id HAVING min(r.started_on) BETWEEN $2::date AND $3::date)
         SELECT CASE WHEN GROUPING(c.col) = 1 THEN 'total' ELSE c.col END AS col, count(*)::int AS n,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY f.first - (l.created_at AT TIME ZONE 'Europe/Stockholm')::date)::float8 AS median
           FROM firsts f JOIN learner l ON l.id = f.learner_id
           CROSS JOIN LATERAL (SELECT CASE l.gender WHEN 'female' THEN 'women' WHEN 'male' THEN 'men' ELSE 'otherUnknown' END AS col) c
          GROUP BY ROLLUP (c.col)`,
        args,
      ),
      this.ds.query(
        `WITH c AS (SELECT *, min(start_date) OVER (PARTITION BY person) AS first_start FROM (${SFI_COURSES}) x),
         cohort AS (
           SELECT DISTINCT ON (person) person, gender, result, end_date, (first_start + interval '2 years')::date AS cutoff
             FROM c
            WHERE first_start BETWEEN ($2::date - interval '2 years')::date AND ($3::date - interval '2 years')::date
              AND start_date <= (first_start + interval '2 years')::date
            ORDER BY person, course DESC, start_date DESC)
         SELECT s.status, ${GENDER_PIVOT(`s.status = CASE WHEN result IN ('A', 'B', 'C', 'D', 'E') AND end_date <= cutoff THEN 'passed'
                                                          WHEN result = 'dropped' AND end_date <= cutoff THEN 'dropped' ELSE 'continuing' END`, 'cohort')}
           FROM cohort CROSS JOIN unnest($4::text[]) AS s(status) GROUP BY s.status`,
        [...args, SFI_PROGRESS_STATUSES],
      ),
      this.ds.query(
        `WITH left_programme AS (
           SELECT DISTINCT ON (person) person, gender, status_90_days AS status FROM (${ESTABLISHMENT}) x
            WHERE exit_date BETWEEN $2::date AND $3::date AND exit_date + 90 <= $4::date
            ORDER BY person, exit_date DESC)
         SELECT k.key, ${GENDER_PIVOT(`CASE k.key WHEN 'left_programme' THEN true
                                                  WHEN 'N00971' THEN status IN ('work', 'work_and_studies')
                                                  WHEN 'N00972' THEN status IN ('studies', 'work_and_studies')
                                                  ELSE status IN ('work', 'studies', 'work_and_studies') END`, 'left_programme')}
           FROM left_programme CROSS JOIN unnest($5::text[]) AS k(key) GROUP BY k.key`,
        [...args, asOf, ['left_programme', ...KOLADA_INDICATORS]],
      ),
      this.targetProgress(caller, true, settings.paceThreshold / 100).then((all) => all.filter((t) => t.target.periodStart <= period.to && t.target.periodEnd >= period.from)),
      this.otherAlerts(tenant, asOf, settings.stalledWeeks),
    ]);

    const table = (id: 'byType' | 'byOccupationField' | 'bySector' | 'byMonth', label: (r: Record<string, string>) => string): ReportTable => {
      type Row = Raw & Record<string, string>;
      let rows = (started as Row[]).filter((r) => r.table === id);
      if (id === 'byMonth') {
        const have = new Map(rows.map((r) => [r.key, r]));
        rows = monthsOf(period.from, period.to).map((m) => have.get(m) ?? ({ key: m, women: 0, men: 0, otherUnknown: 0 } as unknown as Row));
      } else rows = [...rows].sort((a, b) => b.women + b.men + b.otherUnknown - (a.women + a.men + a.otherUnknown) || String(a.key).localeCompare(String(b.key)));
      const s = suppress(rows.map((r) => raw(r)), { additive: true, threshold: SUPPRESS_BELOW });
      return {
        id, unit: 'placements',
        rows: rows.map((r, i) => ({ key: r.key ?? 'none', label: label(r), cells: s.rows[i] })),
        total: s.total,
      };
    };
    const none = NO_FIELD[locale];
    const tables: ReportTable[] = [
      table('byType', (r) => r.typeName ?? r.key),
      table('byOccupationField', (r) => (r.key && r.fieldName ? occupationFieldLabel(r.key, r.fieldName, locale).text : none)),
      table('bySector', (r) => texts.sectors[r.key as 'private'] ?? r.key),
      table('byMonth', (r) => monthLabel(r.key, locale)),
    ];

    // Pipeline: stages overlap (everyone started was also proposed), so only rows are lines.
    const stageRows = PIPELINE_STAGES.map((stage) => raw((pipeline as Record<string, unknown>[]).find((r) => r.stage === stage) as Raw));
    const ps = suppress(stageRows, { additive: false, threshold: SUPPRESS_BELOW });
    const conv = conversion(ps.rows.map((r) => r.total));
    tables.push({
      id: 'pipeline', unit: 'people',
      rows: PIPELINE_STAGES.map((stage, i) => ({
        key: stage, label: texts.stages[stage], cells: ps.rows[i],
        shares: i === 0 ? { women: null, men: null, otherUnknown: null, total: null } : { ...shares(ps.rows[i], ps.rows[i - 1]), total: conv[i] },
      })),
      total: null,
    });

    // Time from registration to the first placement: people counted once, medians for groups of five or more.
    const byCol = new Map((firsts as { col: string; n: number; median: number }[]).map((r) => [r.col, r]));
    const tp = suppress([raw({ women: byCol.get('women')?.n, men: byCol.get('men')?.n, otherUnknown: byCol.get('otherUnknown')?.n })], { additive: false, threshold: SUPPRESS_BELOW }).rows[0];
    const med = (col: keyof GenderCounts) => (tp[col] === null || (tp[col] ?? 0) < SUPPRESS_BELOW ? null : Math.round((byCol.get(col)?.median ?? 0) * 10) / 10);
    tables.push({
      id: 'timeToFirstPlacement', unit: 'days',
      rows: [{ key: 'first_placement', label: texts.tables.timeToFirstPlacement.title, cells: tp, medians: { women: med('women'), men: med('men'), otherUnknown: med('otherUnknown'), total: med('total') } }],
      total: null,
    });

    // SFI progress two years after the first course: the three statuses add up to the cohort.
    const sfiRows = SFI_PROGRESS_STATUSES.map((status) => raw((sfi as Record<string, unknown>[]).find((r) => r.status === status) as Raw));
    const ss = suppress(sfiRows, { additive: true, threshold: SUPPRESS_BELOW });
    tables.push({
      id: 'sfiProgress', unit: 'people',
      rows: SFI_PROGRESS_STATUSES.map((status, i) => ({ key: status, label: texts.sfiStatus[status], cells: ss.rows[i], shares: ss.total ? shares(ss.rows[i], ss.total) : undefined })),
      total: ss.total,
    });

    // Kolada-aligned: who left the establishment programme, and their status after 90 days.
    const keys = ['left_programme', ...KOLADA_INDICATORS] as const;
    const ks = suppress(keys.map((k) => raw((kolada as Record<string, unknown>[]).find((r) => r.key === k) as Raw)), { additive: false, threshold: SUPPRESS_BELOW });
    tables.push({
      id: 'kolada', unit: 'people', kolada: [...KOLADA_INDICATORS],
      rows: keys.map((k, i) => ({
        key: k,
        label: k === 'left_programme' ? texts.koladaRows.left_programme : texts.kolada[k].ourTitle,
        cells: ks.rows[i],
        shares: i === 0 ? undefined : shares(ks.rows[i], ks.rows[0]),
      })),
      total: null,
    });

    // Alerts: targets behind pace, women's share below the goal, stalled learners, open seats nobody was proposed for.
    const out: ReportAlert[] = [];
    for (const t of targets) {
      if (t.pace === 'behind' && t.behindBy !== null) out.push({ kind: 'target_behind', targetId: t.target.id, name: t.target.name, behindBy: t.behindBy, threshold: settings.paceThreshold / 100 });
    }
    const startedRaw = (started as Record<string, string & number>[]).filter((r) => r.table === 'byType').reduce((s, r) => addRaw(s, raw(r)), ZERO);
    const womenShare = publishedShare(startedRaw.women, startedRaw.women + startedRaw.men + startedRaw.otherUnknown);
    if (womenShare !== null && womenShare < settings.womenShareGoal) out.push({ kind: 'women_share_low', share: womenShare, goal: settings.womenShareGoal });
    out.push(...alerts);

    return {
      tenantCode: tenant,
      tenantName: settings.name,
      period,
      asOf,
      generatedAt: new Date().toISOString(),
      suppressBelow: SUPPRESS_BELOW,
      womenShareGoal: settings.womenShareGoal,
      paceThreshold: settings.paceThreshold / 100,
      targets,
      tables,
      alerts: out,
    };
  }

  /** Stalled learners (the caseload's rule) and employers whose open placements no one has been proposed for. */
  private async otherAlerts(tenant: string, asOf: string, stalledWeeks: number): Promise<ReportAlert[]> {
    const [[stalled], employers] = await Promise.all([
      this.ds.query(
        `SELECT count(*)::int AS n FROM learner l JOIN career_plan p ON p.learner_id = l.id
          WHERE l.tenant_code = $1 AND ${LAST_ACTIVITY} < $2::date - ($3::int * 7)`,
        [tenant, asOf, stalledWeeks],
      ),
      this.ds.query(
        `SELECT e.id, e.name, count(*)::int AS placements, sum(p.seats)::int AS seats
           FROM placement p JOIN employer e ON e.id = p.employer_id
          WHERE p.tenant_code = $1 AND p.status = 'open' AND (p.end_date IS NULL OR p.end_date >= $2::date)
            AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.placement_id = p.id)
          GROUP BY e.id, e.name ORDER BY seats DESC, e.name LIMIT 10`,
        [tenant, asOf],
      ),
    ]);
    const out: ReportAlert[] = [];
    if (stalled.n > 0) out.push({ kind: 'learners_stalled', count: stalled.n, weeks: stalledWeeks });
    for (const e of employers) out.push({ kind: 'employer_no_proposals', employerId: e.id, name: e.name, openSeats: e.seats, placements: e.placements });
    return out;
  }

  // ---------------------------------------------------------------- employers

  /** An employer's own placements: how their proposals went. Never split by gender. */
  async employer(caller: AuthUser, period: ReportPeriod): Promise<EmployerStatistics> {
    const rows = await this.ds.query(
      `SELECT p.id, p.title, pt.code AS type, p.seats,
              count(r.id) FILTER (WHERE r.learner_accepted_at >= ${dayStart('$3')} AND r.learner_accepted_at < ${dayStart('($4::date + 1)')})::int AS proposed,
              count(r.id) FILTER (WHERE r.interview_at >= ${dayStart('$3')} AND r.interview_at < ${dayStart('($4::date + 1)')})::int AS interviewed,
              count(r.id) FILTER (WHERE r.started_on BETWEEN $3::date AND $4::date)::int AS started,
              count(r.id) FILTER (WHERE r.end_kind = 'completed' AND r.ended_on BETWEEN $3::date AND $4::date)::int AS completed,
              count(r.id) FILTER (WHERE (r.assessment->>'wouldHire')::boolean AND r.ended_on BETWEEN $3::date AND $4::date)::int AS "wouldHire"
         FROM placement p JOIN placement_type pt ON pt.id = p.type_id
         LEFT JOIN referral r ON r.placement_id = p.id
        WHERE p.tenant_code = $1 AND p.employer_id = $2 AND p.status <> 'draft'
          AND p.start_date <= $4::date AND (p.end_date IS NULL OR p.end_date >= $3::date)
        GROUP BY p.id, p.title, pt.code ORDER BY p.start_date DESC, p.title`,
      [caller.tenantCode, caller.employerId, period.from, period.to],
    );
    const totals = { seats: 0, proposed: 0, interviewed: 0, started: 0, completed: 0, wouldHire: 0 };
    for (const r of rows) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r[k];
    return { employerId: caller.employerId!, period, placements: rows, totals };
  }
}

