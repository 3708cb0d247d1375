import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, LOCALES, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type Locale } from '@jobbrygga/domain';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class LoginBody {
  @ApiProperty({ example: 'coach@norrtalje.example' })
  @Transform(trimLower)
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({ require_tld: false })
  email!: string;

  @ApiProperty({ example: 'jobbrygga-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiPropertyOptional({ description: 'Six-digit code when two-factor login is on' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/)
  totpCode?: string;
}

export class RefreshBody {
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken!: string;
}

export class TokenParam {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/)
  token!: string;
}

export class NewPasswordBody extends TokenParam {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class EmailBody {
  @ApiProperty()
  @Transform(trimLower)
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({ require_tld: false })
  email!: string;
}

export class TotpCodeBody {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/)
  code!: string;
}

export class UpdateMeBody {
  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[])
  locale?: Locale;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1)
  @MaxLength(NAME_MAX_LENGTH)
  displayName?: string;
}

export class TokenPairView {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty() expiresIn!: number;
  @ApiPropertyOptional() totpSetupRequired?: boolean;
}

export class MeView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() role!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() municipality!: { code: string; name: string };
  @ApiProperty({ nullable: true, type: String }) employerId!: string | null;
  @ApiProperty() totpEnabled!: boolean;
  @ApiProperty() totpSetupRequired!: boolean;
}

export class InvitationView {
  @ApiProperty() email!: string;
  @ApiProperty() role!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() municipality!: { code: string; name: string };
}

export class TotpSetupView {
  @ApiProperty() secret!: string;
  @ApiProperty() otpauthUrl!: string;
}
