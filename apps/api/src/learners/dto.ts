import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import {
  ABSENCE_REASONS, ATTENDANCE, CONSENT_PURPOSES, EXIT_REASONS, GENDERS, INTERVIEW_LANGUAGES, LANGUAGE_LEVELS, LOCALES, PLAN_STEP_KINDS, PLAN_STEP_STATUSES,
  PROGRESS_LEVELS, READ_REASONS, SEARCH_QUERY_MAX_LENGTH, SFI_COURSES, SFI_LESSON_TIMES, SFI_RESULTS, SFI_STUDY_PATHS, STATUS_90_DAYS, TRAVEL_MODES, VERIFICATIONS,
  type AbsenceReason, type Attendance, type ConsentPurpose, type ExitReason, type Gender, type LanguageLevel, type PlanStepKind, type PlanStepStatus,
  type ProgressLevel, type ReadReason, type SfiCourse, type SfiLessonTime, type SfiResult, type SfiStudyPath, type Status90Days, type TravelMode, type Verification,
} from '@jobbrygga/domain';
import { PageQuery } from '../common/pagination.dto';
import { CONCEPT_ID } from '../employers/dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const list = (values: readonly unknown[]) => values as unknown as unknown[];
/** Languages a learner may prefer: the product's UI languages and the interview languages. */
export const PREFERRED_LANGUAGES = [...new Set<string>([...LOCALES, ...INTERVIEW_LANGUAGES])];

function DateField(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Matches(DATE)(target, key);
    IsISO8601({ strict: true })(target, key);
  };
}

/** The personal part of the profile. Creation needs names and birth year; an update any subset. */
export class LearnerFields {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) firstName?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) lastName?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(lower) @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @Matches(/^\+?[0-9 ()-]{5,25}$/) phone?: string | null;
  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsIn(PREFERRED_LANGUAGES, { each: true }) preferredLanguages?: string[];
  @ApiPropertyOptional({ enum: GENDERS, description: 'Statistics only: never used for matching or shown to employers' }) @IsOptional() @IsIn(list(GENDERS)) gender?: Gender;
  @ApiPropertyOptional({ minimum: 1900 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2100) birthYear?: number;
  @ApiPropertyOptional({ description: 'Skyddade personuppgifter' }) @IsOptional() @IsBoolean() protectedIdentity?: boolean;
  @ApiPropertyOptional({ nullable: true, description: 'Reference place id' }) @IsOptional() @IsString() @MaxLength(40) homePlaceId?: string | null;
  @ApiPropertyOptional({ enum: SFI_STUDY_PATHS, nullable: true }) @IsOptional() @IsIn([...SFI_STUDY_PATHS, null]) sfiStudyPath?: SfiStudyPath | null;
  @ApiPropertyOptional({ type: [String], example: ['B'] }) @IsOptional() @IsArray() @ArrayMaxSize(15) @IsString({ each: true }) @MaxLength(10, { each: true }) licences?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() availableFrom?: string | null;
  @ApiPropertyOptional({ nullable: true, minimum: 1, maximum: 60 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) hoursPerWeek?: number | null;
  @ApiPropertyOptional({ enum: SFI_LESSON_TIMES, nullable: true }) @IsOptional() @IsIn([...SFI_LESSON_TIMES, null]) sfiLessonTime?: SfiLessonTime | null;
  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 240 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(240) travelMinutes?: number | null;
  @ApiPropertyOptional({ enum: TRAVEL_MODES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(4) @IsIn(list(TRAVEL_MODES), { each: true }) travelModes?: TravelMode[];
  @ApiPropertyOptional({ type: [String], description: 'Occupation-field concept ids' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true }) interestFields?: string[];
}

export class CreateLearnerBody extends LearnerFields {
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) declare firstName: string;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) declare lastName: string;
  @ApiProperty({ minimum: 1900 }) @Type(() => Number) @IsInt() @Min(1900) @Max(2100) declare birthYear: number;
  @ApiPropertyOptional({ description: 'Admins: the responsible coach (default: the caller if a coach)' }) @IsOptional() @IsUUID() coachId?: string;
}

export class UpdateLearnerBody extends LearnerFields {}

/** Fields a learner may change in their own profile; the rest is the coach's. */
export const SELF_EDITABLE: readonly (keyof LearnerFields)[] = [
  'email', 'phone', 'preferredLanguages', 'availableFrom', 'hoursPerWeek', 'sfiLessonTime', 'travelMinutes', 'travelModes', 'interestFields', 'licences',
];

export class CaseloadQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: SEARCH_QUERY_MAX_LENGTH, description: 'Name' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(SEARCH_QUERY_MAX_LENGTH) q?: string;
  @ApiPropertyOptional({ description: 'Only this coach’s learners; "me" for the caller’s own; "none" for learners without a coach' })
  @IsOptional() @Matches(/^(me|none|[0-9a-f-]{36})$/) coach?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() stalled?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() reviewDue?: boolean;
  @ApiPropertyOptional({ enum: SFI_COURSES }) @IsOptional() @IsIn(list(SFI_COURSES)) sfiCourse?: SfiCourse;
}

export class ReadQuery {
  @ApiPropertyOptional({ enum: READ_REASONS, description: 'Why the profile is read (written in the audit log)' }) @IsOptional() @IsIn(list(READ_REASONS)) reason?: ReadReason;
}

// ---- items of the profile

class ItemBase {
  @ApiPropertyOptional({ enum: VERIFICATIONS, description: 'Staff only may mark an item verified' }) @IsOptional() @IsIn(list(VERIFICATIONS)) verification?: Verification;
}
export class EstablishmentBody extends ItemBase {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() residencePermitDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() programmeStart?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() exitDate?: string | null;
  @ApiPropertyOptional({ enum: EXIT_REASONS, nullable: true }) @IsOptional() @IsIn([...EXIT_REASONS, null]) exitReason?: ExitReason | null;
  @ApiPropertyOptional({ enum: STATUS_90_DAYS, nullable: true }) @IsOptional() @IsIn([...STATUS_90_DAYS, null]) status90Days?: Status90Days | null;
}
export class EducationBody extends ItemBase {
  @ApiPropertyOptional({ description: 'SUN 2020 level code' }) @IsOptional() @IsString() @Matches(/^[0-9][0-9a-z]{0,3}$/) sunLevel?: string;
  @ApiPropertyOptional({ nullable: true, description: 'SUN 2020 field code' }) @IsOptional() @IsString() @Matches(/^[0-9][0-9a-z]{0,3}$/) sunField?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) title?: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'SY' }) @IsOptional() @IsString() @Matches(COUNTRY) country?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(30) years?: number | null;
}
export class ExperienceBody extends ItemBase {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Matches(/^\d{4}$/) ssykCode?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Matches(CONCEPT_ID) occupationNameId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) @Matches(/^http:\/\/data\.europa\.eu\/esco\//) escoUri?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'In the learner’s own words' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) title?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Number) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0) @Max(60) years?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Matches(COUNTRY) country?: string | null;
}
export class SkillBody extends ItemBase {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CONCEPT_ID) skillId?: string;
}
export class LanguageBody extends ItemBase {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(CONCEPT_ID) languageId?: string;
  @ApiPropertyOptional({ enum: LANGUAGE_LEVELS }) @IsOptional() @IsIn(list(LANGUAGE_LEVELS)) level?: LanguageLevel;
}
export class SfiCourseBody extends ItemBase {
  @ApiPropertyOptional({ enum: SFI_COURSES }) @IsOptional() @IsIn(list(SFI_COURSES)) course?: SfiCourse;
  @ApiPropertyOptional() @IsOptional() @DateField() startDate?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() endDate?: string | null;
  @ApiPropertyOptional({ enum: SFI_RESULTS }) @IsOptional() @IsIn(list(SFI_RESULTS)) result?: SfiResult;
}

export class SectionParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
  @ApiProperty({ enum: ['establishment', 'education', 'experience', 'skills', 'languages', 'sfi-courses'] })
  @IsIn(['establishment', 'education', 'experience', 'skills', 'languages', 'sfi-courses']) section!: string;
}
export class SectionItemParams extends SectionParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() itemId!: string;
}

// ---- career plan

export class PlanBody {
  @ApiPropertyOptional({ type: [String], description: 'Goal SSYK groups' }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @Matches(/^\d{4}$/, { each: true }) goalSsyk?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Goal occupation fields (branch)' }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true }) goalFields?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) goalText?: string | null;
  @ApiPropertyOptional() @IsOptional() @DateField() startDate?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 60 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(60) plannedHours?: number;
  @ApiPropertyOptional({ nullable: true, description: 'The next follow-up meeting (today or later)' }) @IsOptional() @DateField() nextFollowUpOn?: string | null;
}
export class PlanStepBody {
  @ApiPropertyOptional({ enum: PLAN_STEP_KINDS }) @IsOptional() @IsIn(list(PLAN_STEP_KINDS)) kind?: PlanStepKind;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() startDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @DateField() endDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(60) hoursPerWeek?: number | null;
  @ApiPropertyOptional({ enum: PLAN_STEP_STATUSES }) @IsOptional() @IsIn(list(PLAN_STEP_STATUSES)) status?: PlanStepStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() placementId?: string | null;
  @ApiPropertyOptional({ description: 'Where in the plan (0 = first); default last' }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) position?: number;
}
export class StepParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() stepId!: string;
}
class ProgressBody {
  @ApiPropertyOptional({ enum: PROGRESS_LEVELS, nullable: true }) @IsOptional() @IsIn([...PROGRESS_LEVELS, null]) language?: ProgressLevel | null;
  @ApiPropertyOptional({ enum: PROGRESS_LEVELS, nullable: true }) @IsOptional() @IsIn([...PROGRESS_LEVELS, null]) work?: ProgressLevel | null;
  @ApiPropertyOptional({ enum: PROGRESS_LEVELS, nullable: true }) @IsOptional() @IsIn([...PROGRESS_LEVELS, null]) housing?: ProgressLevel | null;
}
export class FollowUpBody {
  @ApiProperty() @DateField() heldOn!: string;
  @ApiProperty({ enum: ATTENDANCE }) @IsIn(list(ATTENDANCE)) attendance!: Attendance;
  @ApiPropertyOptional({ enum: ABSENCE_REASONS, nullable: true, description: 'Required when absent' }) @IsOptional() @IsIn([...ABSENCE_REASONS, null]) absenceReason?: AbsenceReason | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(4000) notes?: string | null;
  @ApiPropertyOptional({ type: ProgressBody }) @IsOptional() @ValidateNested() @Type(() => ProgressBody) progress?: ProgressBody;
}
export class ReviewBody {
  @ApiProperty() @DateField() heldOn!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(4000) notes?: string | null;
}

// ---- consent, rights, handover

export class ConsentBody {
  @ApiProperty({ enum: CONSENT_PURPOSES }) @IsIn(list(CONSENT_PURPOSES)) purpose!: ConsentPurpose;
  @ApiProperty() @IsBoolean() given!: boolean;
  @ApiProperty({ enum: PREFERRED_LANGUAGES, description: 'The language the consent text was shown in' }) @IsIn(PREFERRED_LANGUAGES) language!: string;
}
export class ErasureRequestBody {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) text?: string | null;
}
export class ErasureDecisionBody {
  @ApiProperty({ description: 'true: erase now; false: keep (a reason is required either way)' }) @IsBoolean() approve!: boolean;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(5) @MaxLength(2000) reason!: string;
}
export class HandoverBody {
  @ApiProperty({ format: 'uuid' }) @IsUUID() fromCoachId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() toCoachId!: string;
  @ApiPropertyOptional({ type: [String], description: 'Only these learners; default all of the coach’s learners' }) @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) learnerIds?: string[];
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) reason?: string;
}
export class InviteLearnerBody {
  @ApiProperty() @Transform(lower) @IsEmail() @MaxLength(200) email!: string;
  @ApiProperty({ enum: LOCALES }) @IsIn(list(LOCALES)) locale!: string;
}
