import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, LOCALES, NAME_MAX_LENGTH, ROLES, type Locale, type Role } from '@jobbrygga/domain';
import { PageQuery } from '../common/pagination.dto';

export class InviteBody {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({ require_tld: false })
  email!: string;

  @ApiProperty({ enum: ROLES, description: 'admin invites admin/coach; coach invites newcomer; employer invites employer (a colleague)' })
  @IsIn(ROLES as unknown as string[])
  role!: Role;

  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(NAME_MAX_LENGTH)
  displayName!: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'sv' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[])
  locale: Locale = 'sv';
}

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES as unknown as string[])
  role?: Role;
}
