import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A local employer organisation (arbetsgivare). Step 2 adds registration and approval flows. */
@Entity('employer')
export class Employer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_code', type: 'char', length: 4 })
  tenantCode!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Organisationsnummer, e.g. 212000-0142. */
  @Column({ name: 'organisation_number', type: 'text', nullable: true })
  organisationNumber!: string | null;

  @Column({ type: 'boolean', default: false })
  approved!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
