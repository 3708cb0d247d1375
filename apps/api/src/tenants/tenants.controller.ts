import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { Repository } from 'typeorm';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { AppError } from '../common/app-error';
import { User } from '../users/user.entity';
import { Tenant } from './tenant.entity';

class TenantSettingsBody {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requireTotpForStaff?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 52, description: 'Weeks without progress before a learner is flagged as stalled' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(52) stalledWeeks?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: "The goal for women's share of placements started, percent" })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) womenShareGoal?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Alert when a target is more than this many percent of its value behind its straight-line pace' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) paceThreshold?: number;
}

class TenantView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() requireTotpForStaff!: boolean;
  @ApiProperty() stalledWeeks!: number;
  @ApiProperty() womenShareGoal!: number;
  @ApiProperty() paceThreshold!: number;
}

/** The caller's own municipality and its settings. */
@ApiTags('tenant')
@Controller('tenant')
export class TenantsController {
  constructor(
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  private async view(code: string): Promise<TenantView> {
    const t = await this.tenants.findOneByOrFail({ code });
    return { code: t.code, name: t.name, requireTotpForStaff: t.requireTotpForStaff, stalledWeeks: t.stalledWeeks, womenShareGoal: t.womenShareGoal, paceThreshold: t.paceThreshold };
  }

  @Roles('admin', 'coach', 'employer', 'newcomer')
  @Get()
  @ApiOkResponse({ type: TenantView })
  get(@CurrentUser() user: AuthUser) {
    return this.view(user.tenantCode);
  }

  @Roles('admin')
  @Patch('settings')
  @ApiOkResponse({ type: TenantView })
  async update(@CurrentUser() user: AuthUser, @Body() body: TenantSettingsBody) {
    if (body.requireTotpForStaff === true) {
      // Requiring two-factor login without having it would lock the admin out of this very page.
      const me = await this.users.findOneByOrFail({ id: user.id, tenantCode: user.tenantCode });
      if (!me.totpEnabled) throw new AppError('TOTP_OWN_REQUIRED');
    }
    if (body.requireTotpForStaff !== undefined) await this.tenants.update({ code: user.tenantCode }, { requireTotpForStaff: body.requireTotpForStaff });
    if (body.stalledWeeks !== undefined) await this.tenants.update({ code: user.tenantCode }, { stalledWeeks: body.stalledWeeks });
    if (body.womenShareGoal !== undefined) await this.tenants.update({ code: user.tenantCode }, { womenShareGoal: body.womenShareGoal });
    if (body.paceThreshold !== undefined) await this.tenants.update({ code: user.tenantCode }, { paceThreshold: body.paceThreshold });
    return this.view(user.tenantCode);
  }
}
