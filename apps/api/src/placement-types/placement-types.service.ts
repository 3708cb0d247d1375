import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PlacementType } from './placement-type.entity';

/**
 * The types a municipality works with: the national types, except where the municipality has its
 * own row with the same code (its adjusted values), plus its local types.
 */
const EFFECTIVE = `
  SELECT t.* FROM placement_type t
   WHERE t.tenant_code = $1
      OR (t.tenant_code IS NULL AND NOT EXISTS (SELECT 1 FROM placement_type o WHERE o.tenant_code = $1 AND o.code = t.code))`;

@Injectable()
export class PlacementTypesService {
  constructor(private readonly ds: DataSource) {}

  private hydrate(rows: Record<string, unknown>[]): PlacementType[] {
    const repo = this.ds.getRepository(PlacementType);
    return rows.map((r) => repo.create(repo.metadata.columns.reduce((acc, c) => ({ ...acc, [c.propertyName]: r[c.databaseName] }), {} as Partial<PlacementType>)));
  }

  async list(tenantCode: string, m: EntityManager = this.ds.manager): Promise<PlacementType[]> {
    const rows = await m.query(`${EFFECTIVE} ORDER BY t.valid_to IS NOT NULL, t.name_sv`, [tenantCode]);
    return this.hydrate(rows.map(dateStrings));
  }

  async effective(m: EntityManager, tenantCode: string, code: string): Promise<PlacementType | undefined> {
    const rows = await m.query(`SELECT * FROM (${EFFECTIVE}) x WHERE x.code = $2`, [tenantCode, code]);
    return this.hydrate(rows.map(dateStrings))[0];
  }

  async byId(m: EntityManager, id: string): Promise<PlacementType> {
    return m.getRepository(PlacementType).findOneByOrFail({ id });
  }
}

/** Dates as YYYY-MM-DD strings, as the entity reads them (pg turns `date` into a JS Date in raw queries). */
function dateStrings(r: Record<string, unknown>): Record<string, unknown> {
  const fmt = (v: unknown) => (v instanceof Date ? `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}` : v);
  return { ...r, valid_from: fmt(r.valid_from), valid_to: fmt(r.valid_to) };
}
