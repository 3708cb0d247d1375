import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LOCALES, SEARCH_QUERY_MAX_LENGTH, type Locale } from '@jobbrygga/domain';
import { PageQuery } from '../../common/pagination.dto';

const MUNICIPALITY_CODE = /^[0-9]{4}$/;
const COUNTY_CODE = /^[0-9]{2}$/;
const SSYK_CODE = /^[0-9]{4}$/;
const CONCEPT_ID = /^[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}$/;
const KOLADA_KPI_ID = /^[A-Z][0-9]{5}$/;

/** `q`: case-insensitive text anywhere in the name; best matches first. Plus `limit`/`offset`. */
export class SearchQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: SEARCH_QUERY_MAX_LENGTH, description: 'Text to look for (case-insensitive, anywhere in the name)' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;
}

export class MunicipalityQuery extends SearchQuery {
  @ApiPropertyOptional({ example: '01', description: 'County (län) code' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(COUNTY_CODE)
  county?: string;
}

export class PlaceQuery extends SearchQuery {
  @ApiPropertyOptional({ example: '0188', description: 'Kommunkod' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(MUNICIPALITY_CODE)
  municipality?: string;
}

export class OccupationGroupQuery extends SearchQuery {
  @ApiPropertyOptional({ example: 'X82t_awd_Qyc', description: 'Occupation field concept id' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(CONCEPT_ID)
  field?: string;
}

/** Occupation names or skills, optionally of one SSYK group. */
export class SsykFilteredQuery extends SearchQuery {
  @ApiPropertyOptional({ example: '5120', description: 'SSYK 2012 group code' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(SSYK_CODE)
  ssyk?: string;
}

/** Skills: `q` is ranked by match (typo-tolerant); `lang` is the language the person types in. */
export class SkillQuery extends SsykFilteredQuery {
  @ApiPropertyOptional({ enum: LOCALES, default: 'sv', description: 'Language the person types in (skills have Swedish labels)' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[])
  lang?: Locale;
}

export const OCCUPATION_QUERY_MAX_LENGTH = 100;
export const OCCUPATION_LIMIT_DEFAULT = 10;
export const OCCUPATION_LIMIT_MAX = 50;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `GET /api/reference/occupations`: a job title as someone types it. */
export class OccupationRankQuery {
  @ApiProperty({
    minLength: 1,
    maxLength: OCCUPATION_QUERY_MAX_LENGTH,
    example: 'undersköterska',
    description: 'The job title as typed, in Swedish, English or Arabic; typos, plurals and compounds are forgiven. Trimmed; 1–100 characters.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(OCCUPATION_QUERY_MAX_LENGTH)
  q!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'sv', description: 'Language the person types in or prefers' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[])
  lang: Locale = 'sv';

  @ApiPropertyOptional({ minimum: 1, maximum: OCCUPATION_LIMIT_MAX, default: OCCUPATION_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(OCCUPATION_LIMIT_MAX)
  limit: number = OCCUPATION_LIMIT_DEFAULT;
}

export class MunicipalityCodeParams {
  @ApiProperty({ example: '0188' })
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(MUNICIPALITY_CODE)
  code!: string;
}

export class SsykCodeParams {
  @ApiProperty({ example: '5120' })
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(SSYK_CODE)
  code!: string;
}

export class KoladaKpiParams {
  @ApiProperty({ example: 'N00973' })
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  @Matches(KOLADA_KPI_ID)
  id!: string;
}

export class OccupationSearchQuery extends PageQuery {
  @ApiProperty({ maxLength: SEARCH_QUERY_MAX_LENGTH, description: 'What the person types, Swedish or English; typos are forgiven' })
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q!: string;

  @ApiPropertyOptional({ enum: ['occupation-name', 'ssyk-group'] })
  @IsOptional()
  @IsIn(['occupation-name', 'ssyk-group'])
  kind?: 'occupation-name' | 'ssyk-group';
}
