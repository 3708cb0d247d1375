import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { JOB_TRACK_STEP_KINDS, PLACEMENT_KINDS, PLACEMENT_STATUSES, SEARCH_QUERY_MAX_LENGTH, SFI_COURSES, WEEKDAYS, type JobTrackStepKind, type PlacementStatus, type SfiCourse, type Weekday } from '@jobbrygga/domain';
import { PageQuery } from '../common/pagination.dto';
import { CONCEPT_ID } from '../employers/dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TranslationBody {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(5000) description?: string;
}

export class TranslationsBody {
  @ApiPropertyOptional({ type: TranslationBody }) @IsOptional() @ValidateNested() @Type(() => TranslationBody) en?: TranslationBody;
  @ApiPropertyOptional({ type: TranslationBody }) @IsOptional() @ValidateNested() @Type(() => TranslationBody) ar?: TranslationBody;
}

export class JobTrackStepBody {
  @ApiProperty({ enum: JOB_TRACK_STEP_KINDS }) @IsIn(JOB_TRACK_STEP_KINDS as unknown as string[]) stepKind!: JobTrackStepKind;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(520) weeks?: number;
}

/**
 * Every field of a placement. An update may send any subset; creation also needs title,
 * hoursPerWeek, startDate and seats (checked by the service, which names what is missing).
 */
export class PlacementFields {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(3) @MaxLength(200) title?: string;
  @ApiPropertyOptional({ description: 'Plain Swedish' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(5000) description?: string;
  @ApiPropertyOptional({ type: TranslationsBody }) @IsOptional() @ValidateNested() @Type(() => TranslationsBody) translations?: TranslationsBody;
  @ApiPropertyOptional({ example: '5321', description: 'SSYK 2012 group' }) @IsOptional() @IsString() @Matches(/^\d{4}$/) ssykCode?: string | null;
  @ApiPropertyOptional({ description: 'JobTech occupation-name concept id (of the SSYK group)' }) @IsOptional() @IsString() @Matches(CONCEPT_ID) occupationNameId?: string | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true }) requiredSkills?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true }) niceSkills?: string[];
  @ApiPropertyOptional({ enum: SFI_COURSES, nullable: true, description: 'Lowest SFI course needed; null = none' }) @IsOptional() @IsIn([...SFI_COURSES, null]) minSfiCourse?: SfiCourse | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true }) helpfulLanguages?: string[];
  @ApiPropertyOptional({ type: [String], example: ['B'], description: 'Driving licence classes required' }) @IsOptional() @IsArray() @ArrayMaxSize(15) @IsString({ each: true }) @MaxLength(10, { each: true }) licences?: string[];
  @ApiPropertyOptional() @IsOptional() @IsUUID() siteId?: string | null;
  @ApiPropertyOptional({ enum: WEEKDAYS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(7) @IsIn(WEEKDAYS as unknown as string[], { each: true }) days?: Weekday[];
  @ApiPropertyOptional({ minimum: 1, maximum: 60 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) hoursPerWeek?: number;
  @ApiPropertyOptional({ example: '2027-02-01' }) @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) startDate?: string;
  @ApiPropertyOptional({ example: '2027-05-31', nullable: true }) @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) endDate?: string | null;
  @ApiPropertyOptional({ description: 'Leaves the mornings free for SFI' }) @IsOptional() @IsBoolean() fitsSfiMorning?: boolean;
  @ApiPropertyOptional({ description: 'Leaves the afternoons free for SFI' }) @IsOptional() @IsBoolean() fitsSfiAfternoon?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) seats?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() supervisorId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsUUID() contactUserId?: string | null;
  @ApiPropertyOptional({ type: [JobTrackStepBody], description: 'Job tracks: the ordered steps' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => JobTrackStepBody) steps?: JobTrackStepBody[];
  @ApiPropertyOptional({ type: [String], description: 'Job tracks: partner employers (approved, same municipality)' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsUUID('all', { each: true }) partnerEmployerIds?: string[];
}

export class CreatePlacementBody extends PlacementFields {
  @ApiProperty({ example: 'praktik', description: 'Placement type code (/api/placement-types)' }) @IsString() @Matches(/^[a-z][a-z0-9_]{1,40}$/) typeCode!: string;
  @ApiPropertyOptional({ description: 'Required for staff creating on behalf of an employer; employers create for their own organisation' }) @IsOptional() @IsUUID() employerId?: string;
  @ApiPropertyOptional({ enum: ['draft', 'open'], default: 'draft' }) @IsOptional() @IsIn(['draft', 'open']) status?: 'draft' | 'open';
}

export class UpdatePlacementBody extends PlacementFields {}

export class StatusBody {
  @ApiProperty({ enum: PLACEMENT_STATUSES }) @IsIn(PLACEMENT_STATUSES as unknown as string[]) status!: PlacementStatus;
}

export class PlacementListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLACEMENT_STATUSES }) @IsOptional() @IsIn(PLACEMENT_STATUSES as unknown as string[]) status?: PlacementStatus;
  @ApiPropertyOptional() @IsOptional() @IsUUID() employerId?: string;
  @ApiPropertyOptional({ enum: PLACEMENT_KINDS }) @IsOptional() @IsIn(PLACEMENT_KINDS as unknown as string[]) kind?: 'placement' | 'jobTrack';
}

const LIST = (re: RegExp) => Matches(new RegExp(`^(${re.source.replace(/^\^|\$$/g, '')})(,(${re.source.replace(/^\^|\$$/g, '')}))*$`));

export class PlacementSearchQuery {
  @ApiPropertyOptional({ description: 'What to look for, in Swedish, English or Arabic; empty = browse all' }) @IsOptional() @IsString() @MaxLength(SEARCH_QUERY_MAX_LENGTH) q?: string;
  @ApiPropertyOptional({ enum: PLACEMENT_KINDS }) @IsOptional() @IsIn(PLACEMENT_KINDS as unknown as string[]) kind?: 'placement' | 'jobTrack';
  @ApiPropertyOptional({ description: 'Type codes, comma-separated' }) @IsOptional() @IsString() @MaxLength(400) @LIST(/[a-z][a-z0-9_]{1,40}/) type?: string;
  @ApiPropertyOptional({ description: 'Occupation-field concept id' }) @IsOptional() @IsString() @Matches(CONCEPT_ID) occupationField?: string;
  @ApiPropertyOptional({ description: 'SSYK codes, comma-separated' }) @IsOptional() @IsString() @MaxLength(200) @LIST(/\d{4}/) ssyk?: string;
  @ApiPropertyOptional({ description: 'A place id (/api/reference/places)' }) @IsOptional() @IsString() @MaxLength(100) @Matches(/^\d{4}-[a-z0-9-]+$/) place?: string;
  @ApiPropertyOptional({ description: 'Centre of a distance filter (with lon and radiusKm)' }) @IsOptional() @Type(() => Number) @IsNumber() @Min(54) @Max(70) lat?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsNumber() @Min(10) @Max(25) lon?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 300 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(300) radiusKm?: number;
  @ApiPropertyOptional({ enum: SFI_COURSES, description: 'The learner’s SFI course: only placements needing this course or lower' }) @IsOptional() @IsIn(SFI_COURSES as unknown as string[]) sfiCourse?: SfiCourse;
  @ApiPropertyOptional({ description: 'Licence classes the learner has, comma-separated ("none" for none): placements needing others are left out' })
  @IsOptional() @IsString() @MaxLength(100) @LIST(/none|[A-Za-z0-9ÅÄÖåäö ]{1,12}/) licences?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) hoursMin?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) hoursMax?: number;
  @ApiPropertyOptional({ example: '2027-01-01' }) @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) startFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) startTo?: string;
  @ApiPropertyOptional({ enum: ['morning', 'afternoon'], description: 'Fits around SFI lessons at this time' }) @IsOptional() @IsIn(['morning', 'afternoon']) sfiLessons?: 'morning' | 'afternoon';
  @ApiPropertyOptional({ enum: ['relevance', 'start', '-start', 'hours', '-hours', 'distance', 'newest'] })
  @IsOptional() @IsIn(['relevance', 'start', '-start', 'hours', '-hours', 'distance', 'newest']) sort?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
  @ApiPropertyOptional({ minimum: 0, default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10_000) offset: number = 0;
}
