import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
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
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** One step of the pipeline; which fields are needed depends on the action (the service says which are missing). */
export class ActionBody {
  @ApiProperty({ enum: REFERRAL_ACTIONS }) @IsIn(REFERRAL_ACTIONS as unknown as string[]) action!: ReferralAction;
  @ApiPropertyOptional({ description: 'Why (required when an employer declines or a placement is aborted)' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string;
  @ApiPropertyOptional({ description: 'book_interview: when (ISO 8601 with time zone)' }) @IsOptional() @IsISO8601({ strict: true }) interviewAt?: string;
  @ApiPropertyOptional({ description: 'book_interview: where' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(300) interviewPlace?: string;
  @ApiPropertyOptional({ description: 'book_interview: an interpreter is needed' }) @IsOptional() @IsBoolean() interpreterNeeded?: boolean;
  @ApiPropertyOptional({ description: 'propose_agreement' }) @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) startDate?: string;
  @ApiPropertyOptional({ description: 'propose_agreement' }) @IsOptional() @IsString() @Matches(DATE) @IsISO8601({ strict: true }) endDate?: string;
  @ApiPropertyOptional({ description: 'propose_agreement' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) hoursPerWeek?: number;
  @ApiPropertyOptional({ description: 'propose_agreement: the tasks' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) tasks?: string;
  @ApiPropertyOptional({ description: 'propose_agreement: insurance note' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) insuranceNote?: string;
  @ApiPropertyOptional({ enum: ['completed', 'aborted'], description: 'end' }) @IsOptional() @IsIn(['completed', 'aborted']) endKind?: 'completed' | 'aborted';
  @ApiPropertyOptional({ type: [String], description: 'assess: skills shown' }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(200, { each: true }) skillsShown?: string[];
  @ApiPropertyOptional({ description: 'assess: recommended next step' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) nextStep?: string;
  @ApiPropertyOptional({ description: 'assess: would hire' }) @IsOptional() @IsBoolean() wouldHire?: boolean;
  @ApiPropertyOptional({ enum: ['work', 'studies', 'other_measure', 'neither'], description: 'record_outcome: 90 days after the end' })
  @IsOptional() @IsIn(['work', 'studies', 'other_measure', 'neither']) outcome?: 'work' | 'studies' | 'other_measure' | 'neither';
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

  @Roles('admin', 'coach')
  @Get('outcomes-due')
  @ApiOkResponse({ description: 'Referrals that ended 90 days ago or more without a recorded outcome: the coach is prompted' })
  outcomesDue(@CurrentUser() user: AuthUser) {
    return this.referrals.outcomesDue(user);
  }

  @Roles(...ROLES)
  @Get(':id')
  @ApiOkResponse({ description: 'One referral with its case history' })
  one(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.referrals.view(user, id);
  }

  @Roles(...ROLES)
  @Post(':id/actions')
  @ApiCreatedResponse({
    description: 'One step: learner_accept/decline, employer_accept/decline, book_interview, withdraw … (409 when out of order, 403 for the wrong role; '
      + 'the last confirm_agreement: 409 NO_SEATS_LEFT, 422 MATCH_CONSTRAINT when the supervisor has no room left)',
  })
  act(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: ActionBody, @Req() req: AppRequest) {
    return this.referrals.act(user, id, body, requestLocale(req));
  }

  @Roles('admin', 'coach', 'employer')
  @Get(':id/profile')
  @ApiOkResponse({ description: 'The anonymised profile (competence, languages, SFI level, availability); name and contact only after the employer accepted' })
  profile(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.referrals.anonymisedProfile(user, id);
  }
}
