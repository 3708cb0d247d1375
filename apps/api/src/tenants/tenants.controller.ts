import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsBoolean, IsOptional } from 'class-validator';
import { Repository } from 'typeorm';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { Tenant } from './tenant.entity';

class TenantSettingsBody {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requireTotpForStaff?: boolean;
}

class TenantView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() requireTotpForStaff!: boolean;
}

/** The caller's own municipality and its settings. */
@ApiTags('tenant')
@Controller('tenant')
export class TenantsController {
  constructor(@InjectRepository(Tenant) private readonly tenants: Repository<Tenant>) {}

  private async view(code: string): Promise<TenantView> {
    const t = await this.tenants.findOneByOrFail({ code });
    return { code: t.code, name: t.name, requireTotpForStaff: t.requireTotpForStaff };
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
    if (body.requireTotpForStaff !== undefined) await this.tenants.update({ code: user.tenantCode }, { requireTotpForStaff: body.requireTotpForStaff });
    return this.view(user.tenantCode);
  }
}
