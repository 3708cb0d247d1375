import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { JobTrackStepKind, PlacementKind, PlacementStatus, SfiCourse, Weekday } from '@jobbrygga/domain';

export interface PlacementTranslations {
  [locale: string]: { title?: string; description?: string } | undefined;
}

/** A placement an employer offers (praktik, a subsidised job, a job track …). */
@Entity('placement')
export class Placement {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_code', type: 'char', length: 4 }) tenantCode!: string;
  @Column({ name: 'employer_id', type: 'uuid' }) employerId!: string;
  @Column({ name: 'type_id', type: 'uuid' }) typeId!: string;
  @Column({ type: 'text' }) kind!: PlacementKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'jsonb' }) translations!: PlacementTranslations;
  @Column({ name: 'ssyk_code', type: 'char', length: 4, nullable: true }) ssykCode!: string | null;
  @Column({ name: 'occupation_name_id', type: 'text', nullable: true }) occupationNameId!: string | null;
  @Column({ name: 'required_skills', type: 'text', array: true }) requiredSkills!: string[];
  @Column({ name: 'nice_skills', type: 'text', array: true }) niceSkills!: string[];
  @Column({ name: 'min_sfi_course', type: 'char', length: 1, nullable: true }) minSfiCourse!: SfiCourse | null;
  @Column({ name: 'helpful_languages', type: 'text', array: true }) helpfulLanguages!: string[];
  @Column({ type: 'text', array: true }) licences!: string[];
  @Column({ name: 'site_id', type: 'uuid', nullable: true }) siteId!: string | null;
  @Column({ type: 'text', array: true }) days!: Weekday[];
  @Column({ name: 'hours_per_week', type: 'int' }) hoursPerWeek!: number;
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate!: string | null;
  @Column({ name: 'fits_sfi_morning', type: 'boolean' }) fitsSfiMorning!: boolean;
  @Column({ name: 'fits_sfi_afternoon', type: 'boolean' }) fitsSfiAfternoon!: boolean;
  @Column({ type: 'int' }) seats!: number;
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true }) supervisorId!: string | null;
  @Column({ type: 'text' }) status!: PlacementStatus;
  @Column({ name: 'contact_user_id', type: 'uuid', nullable: true }) contactUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One ordered step of a job track (jobbspår). */
@Entity('job_track_step')
export class JobTrackStep {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'placement_id', type: 'uuid' }) placementId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ name: 'step_kind', type: 'text' }) stepKind!: JobTrackStepKind;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'int', nullable: true }) weeks!: number | null;
}

/** A partner employer of a job track (praktik or interview there). */
@Entity('job_track_partner')
export class JobTrackPartner {
  @PrimaryColumn({ name: 'placement_id', type: 'uuid' }) placementId!: string;
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' }) employerId!: string;
}
