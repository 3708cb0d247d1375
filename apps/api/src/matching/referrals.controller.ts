import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ROLES } from '@jobbrygga/domain';
import { REFERRAL_ACTIONS, type ReferralAction } from '@jobbrygga/matching';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { requestLocale } from '../common/error-response';
import type { AppRequest, AuthUser } from '../common/request-context';
import { UuidParam } from '../common/validation';
import { ReferralsService } from './referrals.service';

class ProposeBody {
  @ApiProperty({ format: 'uuid' }) @IsUUID() placementId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() learnerId!: string;
}
class ActionBody {
  @ApiProperty({ enum: REFERRAL_ACTIONS }) @IsIn(REFERRAL_ACTIONS as unknown as string[]) action!: ReferralAction;
  @ApiPropertyOptional({ description: 'Why (required when an employer declines)' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MaxLength(2000) note?: string;
}
class ReferralQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() placementId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() learnerId?: string;
}

/** Proposals of learners to placements and the steps that follow. */
@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Roles('admin', 'coach')
  @Post()
  @ApiCreatedResponse({ description: 'Proposes the learner (422 MATCH_CONSTRAINT names a broken constraint; 409 NOT_MATCHABLE, ALREADY_PROPOSED, NO_SEATS_LEFT)' })
  propose(@CurrentUser() user: AuthUser, @Body() body: ProposeBody, @Req() req: AppRequest) {
    return this.referrals.propose(user, body.placementId, body.learnerId, requestLocale(req));
  }

  @Roles(...ROLES)
  @Get()
  @ApiOkResponse({ description: 'Staff: the municipality’s (filter by placement or learner); employer: incoming ones the learner accepted; newcomer: own' })
  list(@CurrentUser() user: AuthUser, @Query() q: ReferralQuery) {
    return this.referrals.list(user, q);
  }

  @Roles(...ROLES)
  @Get(':id')
  @ApiOkResponse({ description: 'One referral with its case history' })
  one(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.referrals.view(user, id);
  }

  @Roles(...ROLES)
  @Post(':id/actions')
  @ApiCreatedResponse({ description: 'One step: learner_accept/decline, employer_accept/decline, book_interview, withdraw … (409 when out of order, 403 for the wrong role)' })
  act(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: ActionBody) {
    return this.referrals.act(user, id, body.action, body.note ?? null);
  }

  @Roles('admin', 'coach', 'employer')
  @Get(':id/profile')
  @ApiOkResponse({ description: 'The anonymised profile (competence, languages, SFI level, availability); name and contact only after the employer accepted' })
  profile(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.referrals.anonymisedProfile(user, id);
  }
}
