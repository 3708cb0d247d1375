import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A handledare at an employer: the languages they speak and how many newcomers they can take. */
@Entity('supervisor')
export class Supervisor {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_code', type: 'char', length: 4 }) tenantCode!: string;
  @Column({ name: 'employer_id', type: 'uuid' }) employerId!: string;
  @Column({ type: 'text' }) name!: string;
  /** JobTech language concept ids. */
  @Column({ type: 'text', array: true }) languages!: string[];
  @Column({ type: 'int' }) capacity!: number;
  @Column({ type: 'boolean' }) trained!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
