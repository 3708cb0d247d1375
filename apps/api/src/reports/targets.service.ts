import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TARGET_FILTERS, TARGET_UNIT, type ReportTargetKind, type Target, type TargetFilters, type TargetInput } from '@jobbrygga/domain';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { swedishToday } from '../learners/learner-access';

const TARGET_COLUMNS = `
  t.id, t.tenant_code AS "tenantCode", t.name, t.kind, to_char(t.period_start, 'YYYY-MM-DD') AS "periodStart",
  to_char(t.period_end, 'YYYY-MM-DD') AS "periodEnd", t.owner, t.baseline::float8 AS baseline, t.value::float8 AS value,
  t.filters, t.note, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

interface TargetRow extends Omit<Target, 'unit' | 'historical' | 'createdAt' | 'updatedAt'> {
  createdAt: Date;
  updatedAt: Date;
}

const problem = (field: string, p: string) => new AppError('VALIDATION_FAILED', {}, {}, [{ field, problem: p }]);

/**
 * The municipality's job-creation targets. Admins write them; admins and coaches read them.
 * A target stores what to count and the value to reach; how far it has come is always computed
 * (ReportsService.progress), never stored.
 */
@Injectable()
export class TargetsService {
  constructor(private readonly ds: DataSource, private readonly clock: Clock, private readonly audit: AuditService) {}

  today(): string {
    return swedishToday(this.clock);
  }

  private view(row: TargetRow): Target {
    return {
      ...row,
      baseline: Number(row.baseline),
      value: Number(row.value),
      filters: row.filters ?? {},
      unit: TARGET_UNIT[row.kind],
      historical: row.periodEnd < this.today(),
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }

  async list(caller: AuthUser, historical: boolean): Promise<Target[]> {
    const rows: TargetRow[] = await this.ds.query(
      `SELECT ${TARGET_COLUMNS} FROM report_target t WHERE t.tenant_code = $1 AND ($2::boolean OR t.period_end >= $3::date)
        ORDER BY (t.period_end < $3::date), t.period_start DESC, t.name`,
      [caller.tenantCode, historical, this.today()],
    );
    return rows.map((r) => this.view(r));
  }

  async one(caller: AuthUser, id: string, m: EntityManager = this.ds.manager): Promise<Target> {
    const [row] = await m.query(`SELECT ${TARGET_COLUMNS} FROM report_target t WHERE t.id = $1 AND t.tenant_code = $2`, [id, caller.tenantCode]);
    if (!row) throw notFound();
    return this.view(row);
  }

  async create(caller: AuthUser, body: TargetInput): Promise<Target> {
    const input = await this.checked(caller, body);
    return this.ds.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO report_target (tenant_code, name, kind, period_start, period_end, owner, baseline, value, filters, note, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
        [caller.tenantCode, input.name, input.kind, input.periodStart, input.periodEnd, input.owner, input.baseline, input.value,
          JSON.stringify(input.filters ?? {}), input.note ?? null, caller.id, this.clock.now()],
      );
      await this.audit.record(caller, 'target.create', 'target', id, undefined, m);
      return this.one(caller, id, m);
    });
  }

  async update(caller: AuthUser, id: string, patch: Partial<TargetInput>): Promise<Target> {
    const current = await this.one(caller, id);
    const merged: TargetInput = {
      name: patch.name ?? current.name,
      kind: patch.kind ?? current.kind,
      periodStart: patch.periodStart ?? current.periodStart,
      periodEnd: patch.periodEnd ?? current.periodEnd,
      owner: patch.owner ?? current.owner,
      baseline: patch.baseline ?? current.baseline,
      value: patch.value ?? current.value,
      // A new kind reads other filters: the old ones are dropped unless new ones are sent.
      filters: patch.filters ?? (patch.kind && patch.kind !== current.kind ? {} : current.filters),
      note: patch.note === undefined ? current.note : patch.note,
    };
    const input = await this.checked(caller, merged);
    return this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE report_target SET name = $3, kind = $4, period_start = $5, period_end = $6, owner = $7, baseline = $8, value = $9, filters = $10, note = $11, updated_at = $12
          WHERE id = $1 AND tenant_code = $2`,
        [id, caller.tenantCode, input.name, input.kind, input.periodStart, input.periodEnd, input.owner, input.baseline, input.value,
          JSON.stringify(input.filters ?? {}), input.note ?? null, this.clock.now()],
      );
      await this.audit.record(caller, 'target.update', 'target', id, undefined, m);
      return this.one(caller, id, m);
    });
  }

  async remove(caller: AuthUser, id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [, count] = await m.query(`DELETE FROM report_target WHERE id = $1 AND tenant_code = $2 RETURNING id`, [id, caller.tenantCode]);
      if (!count) throw notFound();
      await this.audit.record(caller, 'target.delete', 'target', id, undefined, m);
    });
  }

  /** The checks a DTO cannot make: dates in order, percent ≤ 100, filters the kind reads, codes that exist. */
  private async checked(caller: AuthUser, input: TargetInput): Promise<TargetInput> {
    if (input.periodEnd < input.periodStart) throw new AppError('DATES_OUT_OF_ORDER', { field: 'periodEnd' }, {}, [{ field: 'periodEnd', problem: 'beforeStart' }]);
    const kind: ReportTargetKind = input.kind;
    if (TARGET_UNIT[kind] === 'percent') {
      if (input.value > 100) throw problem('value', 'tooLarge');
      if (input.baseline > 100) throw problem('baseline', 'tooLarge');
    }
    const filters: TargetFilters = { ...(input.filters ?? {}) };
    for (const key of Object.keys(filters) as (keyof TargetFilters)[]) {
      if (filters[key] === undefined || filters[key] === null) delete filters[key];
      else if (!TARGET_FILTERS[kind].includes(key)) throw problem(`filters.${key}`, 'unknown');
    }
    if (filters.placementTypes?.length) {
      const codes = [...new Set(filters.placementTypes)];
      const [{ known }] = await this.ds.query(
        `SELECT count(DISTINCT code)::int AS known FROM placement_type WHERE code = ANY($1) AND (tenant_code IS NULL OR tenant_code = $2)`,
        [codes, caller.tenantCode],
      );
      if (known !== codes.length) throw new AppError('UNKNOWN_REFERENCE', { field: 'filters.placementTypes' }, {}, [{ field: 'filters.placementTypes', problem: 'unknownValue' }]);
      filters.placementTypes = codes;
    } else delete filters.placementTypes;
    if (filters.occupationField) {
      const [field] = await this.ds.query(`SELECT 1 FROM ref_occupation_field WHERE concept_id = $1`, [filters.occupationField]);
      if (!field) throw new AppError('UNKNOWN_REFERENCE', { field: 'filters.occupationField' }, {}, [{ field: 'filters.occupationField', problem: 'unknownValue' }]);
    }
    return { ...input, filters };
  }
}
