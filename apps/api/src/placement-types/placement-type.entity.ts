import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlacementKind, PlacementTypeRules, Sector, TargetKind } from '@jobbrygga/domain';

/** A placement type with its rules. tenantCode null = national; otherwise the municipality's own. */
@Entity('placement_type')
export class PlacementType {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_code', type: 'char', length: 4, nullable: true }) tenantCode!: string | null;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) kind!: PlacementKind;
  @Column({ name: 'name_sv', type: 'text' }) nameSv!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ name: 'name_ar', type: 'text' }) nameAr!: string;
  @Column({ name: 'description_sv', type: 'text' }) descriptionSv!: string;
  @Column({ name: 'description_en', type: 'text' }) descriptionEn!: string;
  @Column({ name: 'description_ar', type: 'text' }) descriptionAr!: string;
  @Column({ type: 'boolean' }) paid!: boolean;
  @Column({ name: 'allowed_sectors', type: 'text', array: true }) allowedSectors!: Sector[];
  @Column({ name: 'min_weeks', type: 'int', nullable: true }) minWeeks!: number | null;
  @Column({ name: 'max_weeks', type: 'int', nullable: true }) maxWeeks!: number | null;
  @Column({ name: 'sfi_combination_required', type: 'boolean' }) sfiCombinationRequired!: boolean;
  @Column({ name: 'max_hours_per_week', type: 'int', nullable: true }) maxHoursPerWeek!: number | null;
  @Column({ name: 'requires_establishment_programme', type: 'boolean' }) requiresEstablishmentProgramme!: boolean;
  @Column({ name: 'age_min', type: 'int', nullable: true }) ageMin!: number | null;
  @Column({ name: 'age_max', type: 'int', nullable: true }) ageMax!: number | null;
  @Column({ name: 'supervisor_required', type: 'boolean' }) supervisorRequired!: boolean;
  @Column({ name: 'decided_by_employment_service', type: 'boolean' }) decidedByEmploymentService!: boolean;
  @Column({ name: 'counts_towards', type: 'text', array: true }) countsTowards!: TargetKind[];
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'text' }) source!: string;

  rules(): PlacementTypeRules {
    return {
      code: this.code, kind: this.kind, paid: this.paid, allowedSectors: this.allowedSectors, minWeeks: this.minWeeks, maxWeeks: this.maxWeeks,
      sfiCombinationRequired: this.sfiCombinationRequired, maxHoursPerWeek: this.maxHoursPerWeek, supervisorRequired: this.supervisorRequired,
      validFrom: this.validFrom, validTo: this.validTo,
    };
  }
}
