import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, LOCALES, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SECTORS, type Locale, type Sector } from '@jobbrygga/domain';
import { PageQuery } from '../common/pagination.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const CONCEPT_ID = /^[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}$/;

export class RegisterEmployerBody {
  @ApiProperty({ example: '0188', description: 'The municipality (kommunkod) the organisation registers with' })
  @IsString() @Matches(/^[0-9]{4}$/)
  municipalityCode!: string;

  @ApiProperty({ example: 'Rimbo Bageri AB' })
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '556677-8899', description: 'Organisationsnummer, or personnummer for a sole trader' })
  @IsString() @MaxLength(20)
  organisationNumber!: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS as unknown as string[])
  sector!: Sector;

  @ApiProperty({ description: "A department or company of the municipality itself" })
  @IsBoolean()
  municipalOwn!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'JobTech occupation-field concept ids' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true })
  occupationFields: string[] = [];

  @ApiPropertyOptional()
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  description?: string;

  @ApiProperty({ description: 'The first contact person' })
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(NAME_MAX_LENGTH)
  contactName!: string;

  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString() @MaxLength(EMAIL_MAX_LENGTH) @IsEmail({ require_tld: false })
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'sv' })
  @IsOptional() @IsIn(LOCALES as unknown as string[])
  locale: Locale = 'sv';
}

export class VerifyEmailBody {
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{20,100}$/)
  token!: string;
}

export class UpdateEmployerBody {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: SECTORS }) @IsOptional() @IsIn(SECTORS as unknown as string[])
  sector?: Sector;

  @ApiPropertyOptional({ description: 'Only the municipality can change this' }) @IsOptional() @IsBoolean()
  municipalOwn?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true })
  occupationFields?: string[];

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  description?: string;
}

export class DecisionBody {
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required when rejecting; sent to the employer' })
  @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(1000)
  reason?: string;
}

export class EmployerListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['unverified', 'pending', 'approved', 'rejected'] })
  @IsOptional() @IsIn(['unverified', 'pending', 'approved', 'rejected'])
  status?: 'unverified' | 'pending' | 'approved' | 'rejected';

  @ApiPropertyOptional({ enum: SECTORS }) @IsOptional() @IsIn(SECTORS as unknown as string[])
  sector?: Sector;

  @ApiPropertyOptional() @IsOptional() @IsIn(['true', 'false'])
  municipalOwn?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Name or organisation number' }) @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}

export class SiteBody {
  @ApiProperty({ example: 'Rimbo äldreboende' }) @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Stationsvägen 4' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  streetAddress?: string;

  @ApiPropertyOptional({ example: '762 31' }) @IsOptional() @IsString() @Matches(/^\d{3} ?\d{2}$/)
  postalCode?: string;

  @ApiProperty({ example: '0188-rimbo', description: 'A place id from /api/reference/places' }) @IsString() @MaxLength(100) @Matches(/^\d{4}-[a-z0-9-]+$/)
  placeId!: string;
}

export class SupervisorBody {
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ type: [String], description: 'Language concept ids (/api/reference/languages)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(CONCEPT_ID, { each: true })
  languages: string[] = [];

  @ApiProperty({ minimum: 1, maximum: 20, description: 'How many newcomers at once' })
  @Type(() => Number) @IsInt() @Min(1) @Max(20)
  capacity!: number;

  @ApiProperty({ description: 'Has taken a supervisor course' }) @IsBoolean()
  trained!: boolean;
}

export class EmployerIdParams {
  @ApiProperty() @IsString() @Matches(/^[0-9a-f-]{36}$/i)
  id!: string;
}
