import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, Role } from '@jobbrygga/domain';

/** A person who logs in: municipality admin, job coach, employer contact or newcomer. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_code', type: 'char', length: 4 })
  tenantCode!: string;

  /** Stored lower-case; unique across the product so one address logs in to one account. */
  @Column({ type: 'text' })
  email!: string;

  /** Null until an invitation is accepted. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text', default: 'sv' })
  locale!: Locale;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Raised on deactivation and password change: every token issued before stops working. */
  @Column({ name: 'token_version', type: 'int', default: 0 })
  tokenVersion!: number;

  @Column({ name: 'totp_secret', type: 'text', nullable: true, select: false })
  totpSecret!: string | null;

  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true, select: false })
  totpPendingSecret!: string | null;

  @Column({ name: 'totp_enabled', type: 'boolean', default: false })
  totpEnabled!: boolean;

  /** For employer contacts: the organisation they act for. */
  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId!: string | null;

  /** For newcomers: the coach responsible for them. */
  @Column({ name: 'coach_id', type: 'uuid', nullable: true })
  coachId!: string | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  /** When the invitation was accepted (the password first set); null while pending. */
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
