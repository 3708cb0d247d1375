import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PLACEMENT_KINDS, SECTORS, TARGET_KINDS, type PlacementKind, type Sector, type TargetKind } from '@jobbrygga/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The rule values a municipality may set for its own version of a type (or a local type). */
export class PlacementTypeRulesBody {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(100) nameSv?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(100) nameEn?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(100) nameAr?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) descriptionSv?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) descriptionEn?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) descriptionAr?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() paid?: boolean;
  @ApiPropertyOptional({ enum: SECTORS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(3) @IsIn(SECTORS as unknown as string[], { each: true }) allowedSectors?: Sector[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @Type(() => Number) @IsInt() @Min(0) @Max(520) minWeeks?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @Type(() => Number) @IsInt() @Min(1) @Max(520) maxWeeks?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sfiCombinationRequired?: boolean;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @Type(() => Number) @IsInt() @Min(1) @Max(60) maxHoursPerWeek?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requiresEstablishmentProgramme?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() supervisorRequired?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() decidedByEmploymentService?: boolean;
  @ApiPropertyOptional({ enum: TARGET_KINDS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsIn(TARGET_KINDS as unknown as string[], { each: true }) countsTowards?: TargetKind[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) validFrom?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @Matches(DATE) @IsISO8601({ strict: true }) validTo?: string | null;
  @ApiPropertyOptional({ description: 'Where these rules come from (a decision, a law)' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) source?: string;
}

export class LocalPlacementTypeBody extends PlacementTypeRulesBody {
  @ApiProperty({ example: 'kommunpraktik', description: 'A new code, not one of the national types' }) @IsString() @Matches(/^[a-z][a-z0-9_]{1,40}$/) code!: string;
  @ApiProperty({ enum: PLACEMENT_KINDS }) @IsIn(PLACEMENT_KINDS as unknown as string[]) kind!: PlacementKind;
}

export class TypeCodeParams {
  @ApiProperty() @IsString() @Matches(/^[a-z][a-z0-9_]{1,40}$/) code!: string;
}
