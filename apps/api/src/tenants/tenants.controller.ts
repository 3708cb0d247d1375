import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsBoolean, IsDefined, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Repository } from 'typeorm';
import { DEFAULT_WEIGHTS, SCORE_PARTS, type Weights } from '@jobbrygga/matching';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { AppError } from '../common/app-error';
import { User } from '../users/user.entity';
import { Tenant } from './tenant.entity';

/** The matching score's weights, whole points 0–100 each; every part must be given. */
class MatchingWeightsBody implements Weights {
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Career goal: same occupation group, same field, related through skills' })
  @IsDefined() @IsInt() @Min(0) @Max(100) occupation!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Has worked in the occupation' }) @IsDefined() @IsInt() @Min(0) @Max(100) experience!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Has the skills asked for (required ones weigh twice)' }) @IsDefined() @IsInt() @Min(0) @Max(100) skills!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Speaks a language the supervisor speaks' }) @IsDefined() @IsInt() @Min(0) @Max(100) languages!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Lives near the site' }) @IsDefined() @IsInt() @Min(0) @Max(100) distance!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Has waited long' }) @IsDefined() @IsInt() @Min(0) @Max(100) waiting!: number;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Short or no schooling (a priority group)' }) @IsDefined() @IsInt() @Min(0) @Max(100) priority!: number;
}

class TenantSettingsBody {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requireTotpForStaff?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 52, description: 'Weeks without progress before a learner is flagged as stalled' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(52) stalledWeeks?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: "The goal for women's share of placements started, percent" })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) womenShareGoal?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Alert when a target is more than this many percent of its value behind its straight-line pace' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) paceThreshold?: number;
  @ApiPropertyOptional({ type: MatchingWeightsBody, description: "The matching score's weights; at least one above 0" })
  @IsOptional() @ValidateNested() @Type(() => MatchingWeightsBody) matchingWeights?: MatchingWeightsBody;
}

class TenantView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() requireTotpForStaff!: boolean;
  @ApiProperty() stalledWeeks!: number;
  @ApiProperty() womenShareGoal!: number;
  @ApiProperty() paceThreshold!: number;
  @ApiProperty({ type: MatchingWeightsBody, description: "The matching score's weights (the product's defaults until the municipality sets its own)" })
  matchingWeights!: Weights;
  @ApiProperty({ description: 'The weights are the product defaults' }) matchingWeightsDefault!: boolean;
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
    return {
      code: t.code,
      name: t.name,
      requireTotpForStaff: t.requireTotpForStaff,
      stalledWeeks: t.stalledWeeks,
      womenShareGoal: t.womenShareGoal,
      paceThreshold: t.paceThreshold,
      matchingWeights: t.matchingWeights ?? DEFAULT_WEIGHTS,
      matchingWeightsDefault: t.matchingWeights === null,
    };
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
    // All weights 0 would give every candidate the same score: no order at all.
    if (body.matchingWeights && SCORE_PARTS.every((part) => body.matchingWeights![part] === 0)) {
      throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'matchingWeights', problem: 'tooSmall' }]);
    }
    if (body.requireTotpForStaff === true) {
      // Requiring two-factor login without having it would lock the admin out of this very page.
      const me = await this.users.findOneByOrFail({ id: user.id, tenantCode: user.tenantCode });
      if (!me.totpEnabled) throw new AppError('TOTP_OWN_REQUIRED');
    }
    if (body.requireTotpForStaff !== undefined) await this.tenants.update({ code: user.tenantCode }, { requireTotpForStaff: body.requireTotpForStaff });
    if (body.stalledWeeks !== undefined) await this.tenants.update({ code: user.tenantCode }, { stalledWeeks: body.stalledWeeks });
    if (body.womenShareGoal !== undefined) await this.tenants.update({ code: user.tenantCode }, { womenShareGoal: body.womenShareGoal });
    if (body.paceThreshold !== undefined) await this.tenants.update({ code: user.tenantCode }, { paceThreshold: body.paceThreshold });
    if (body.matchingWeights) {
      const weights = Object.fromEntries(SCORE_PARTS.map((part) => [part, body.matchingWeights![part]])) as Weights;
      await this.tenants.update({ code: user.tenantCode }, { matchingWeights: weights });
    }
    return this.view(user.tenantCode);
  }
}
