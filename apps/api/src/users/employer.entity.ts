import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Sector } from '@jobbrygga/domain';

export type EmployerStatus = 'unverified' | 'pending' | 'approved' | 'rejected';

/**
 * A local employer organisation (arbetsgivare). Registers itself (status unverified until the
 * first contact confirms the e-mail address, then pending), and the municipality approves or
 * rejects it. Only approved employers' placements are visible to anyone else.
 */
@Entity('employer')
export class Employer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_code', type: 'char', length: 4 })
  tenantCode!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Organisationsnummer (or personnummer for a sole trader), normalised NNNNNN-NNNN. */
  @Column({ name: 'organisation_number', type: 'text', nullable: true })
  organisationNumber!: string | null;

  @Column({ type: 'text' })
  sector!: Sector;

  /** A department or company of the municipality itself ("placements in our own operations"). */
  @Column({ name: 'municipal_own', type: 'boolean' })
  municipalOwn!: boolean;

  /** JobTech occupation-field concept ids the organisation works in. */
  @Column({ name: 'occupation_fields', type: 'text', array: true })
  occupationFields!: string[];

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  status!: EmployerStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
