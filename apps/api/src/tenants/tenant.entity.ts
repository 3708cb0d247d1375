import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Weights } from '@jobbrygga/matching';

/** A municipality using Jobbrygga. Its kommunkod (four digits, e.g. 0188 Norrtälje) is the key. */
@Entity('tenant')
export class Tenant {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Require two-factor login for admins and coaches (they handle sensitive personal data). */
  @Column({ name: 'require_totp_for_staff', type: 'boolean', default: false })
  requireTotpForStaff!: boolean;

  /** A learner is "stalled" after this many weeks without a follow-up or a step that moved. */
  @Column({ name: 'stalled_weeks', type: 'smallint', default: 6 })
  stalledWeeks!: number;

  /** The municipality's goal for women's share of placements started, percent. */
  @Column({ name: 'women_share_goal', type: 'smallint', default: 50 })
  womenShareGoal!: number;

  /** A target more than this many percent of its value behind its straight-line pace raises an alert. */
  @Column({ name: 'pace_threshold', type: 'smallint', default: 10 })
  paceThreshold!: number;

  /** The matching score's weights; null: the product's defaults (DEFAULT_WEIGHTS). */
  @Column({ name: 'matching_weights', type: 'jsonb', nullable: true })
  matchingWeights!: Weights | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
