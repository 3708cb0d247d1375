import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A workplace of an employer; its place and coordinates come from the reference places. */
@Entity('employer_site')
export class EmployerSite {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_code', type: 'char', length: 4 }) tenantCode!: string;
  @Column({ name: 'employer_id', type: 'uuid' }) employerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'street_address', type: 'text', nullable: true }) streetAddress!: string | null;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode!: string | null;
  @Column({ name: 'place_id', type: 'text' }) placeId!: string;
  @Column({ name: 'place_label', type: 'text' }) placeLabel!: string;
  @Column({ name: 'municipality_code', type: 'char', length: 4 }) municipalityCode!: string;
  @Column({ type: 'double precision', nullable: true }) lat!: number | null;
  @Column({ type: 'double precision', nullable: true }) lon!: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
