import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who read or changed whose personal data, and when. Never holds the data itself. */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'tenant_code', type: 'char', length: 4 })
  tenantCode!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  /** e.g. "profile.read", "user.deactivate". */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  /** Why a learner's profile was read (caseload, mapping, plan, matching …). */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
