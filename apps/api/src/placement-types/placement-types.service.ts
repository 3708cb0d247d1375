import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { PlacementType } from './placement-type.entity';
import type { LocalPlacementTypeBody, PlacementTypeRulesBody } from './dto';

@Injectable()
export class PlacementTypesService {
  constructor(private readonly ds: DataSource) {}

  /**
   * The types a municipality works with: the national types, except where the municipality has
   * its own row with the same code (its adjusted values), plus its local types.
   */
  private effectiveQuery(m: EntityManager, tenantCode: string): SelectQueryBuilder<PlacementType> {
    return m
      .getRepository(PlacementType)
      .createQueryBuilder('t')
      .where(
        `(t.tenant_code = :tenantCode OR (t.tenant_code IS NULL AND NOT EXISTS
           (SELECT 1 FROM placement_type o WHERE o.tenant_code = :tenantCode AND o.code = t.code)))`,
        { tenantCode },
      );
  }

  /** Current types first (no end date), then by Swedish name. */
  list(tenantCode: string, m: EntityManager = this.ds.manager): Promise<PlacementType[]> {
    return this.effectiveQuery(m, tenantCode).orderBy('t.valid_to IS NOT NULL').addOrderBy('t.name_sv').getMany();
  }

  async effective(m: EntityManager, tenantCode: string, code: string): Promise<PlacementType | undefined> {
    return (await this.effectiveQuery(m, tenantCode).andWhere('t.code = :code', { code }).getOne()) ?? undefined;
  }

  private checkRange(t: Partial<PlacementType>): void {
    if (t.minWeeks != null && t.maxWeeks != null && t.minWeeks > t.maxWeeks) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'maxWeeks', problem: 'tooSmall' }]);
    if (t.validTo && t.validFrom && t.validTo <= t.validFrom) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'validTo', problem: 'beforeStart' }]);
    if (t.allowedSectors && t.allowedSectors.length === 0) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'allowedSectors', problem: 'required' }]);
  }

  /**
   * A municipality sets its own values for a type: the first change copies the national row into
   * the municipality's own (same code), later changes edit that copy. Placements already made keep
   * their type row; new ones use the municipality's values.
   */
  async adjust(tenantCode: string, code: string, body: PlacementTypeRulesBody): Promise<PlacementType> {
    return this.ds.transaction(async (m) => {
      const current = await this.effective(m, tenantCode, code);
      if (!current) throw notFound();
      const repo = m.getRepository(PlacementType);
      const own = current.tenantCode === tenantCode ? current : repo.create({ ...current, id: undefined, tenantCode });
      const next = { ...own, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as PlacementType;
      this.checkRange(next);
      return repo.save(repo.create(next));
    });
  }

  async createLocal(tenantCode: string, body: LocalPlacementTypeBody): Promise<PlacementType> {
    return this.ds.transaction(async (m) => {
      if (await this.effective(m, tenantCode, body.code)) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'code', problem: 'oneOf' }]);
      const missing = (['nameSv', 'nameEn', 'nameAr', 'paid', 'allowedSectors', 'validFrom'] as const).filter((k) => body[k] === undefined);
      if (missing.length) throw new AppError('VALIDATION_FAILED', {}, {}, missing.map((field) => ({ field, problem: 'required' })));
      const t = m.getRepository(PlacementType).create({
        descriptionSv: '', descriptionEn: '', descriptionAr: '', minWeeks: null, maxWeeks: null, sfiCombinationRequired: false, maxHoursPerWeek: null,
        requiresEstablishmentProgramme: false, ageMin: null, ageMax: null, supervisorRequired: false, decidedByEmploymentService: false, countsTowards: [],
        validTo: null, source: '',
        ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
        tenantCode,
      });
      this.checkRange(t);
      return m.getRepository(PlacementType).save(t);
    });
  }

  async byId(m: EntityManager, id: string): Promise<PlacementType> {
    return m.getRepository(PlacementType).findOneByOrFail({ id });
  }
}
