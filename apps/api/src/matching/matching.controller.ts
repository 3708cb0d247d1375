import { Controller, Delete, Get, HttpCode, Param, Put, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { requestLocale } from '../common/error-response';
import type { AppRequest, AuthUser } from '../common/request-context';
import { UuidParam } from '../common/validation';
import { LearnerAccess } from '../learners/learner-access';
import { MatchQuery } from './dto';
import { MatchingService } from './matching.service';

/** Learner → the placements and job tracks that fit, best first, explained. */
@ApiTags('matching')
@Controller('learners/:id/matches')
export class MatchingController {
  constructor(private readonly matching: MatchingService, private readonly access: LearnerAccess) {}

  @Roles('admin', 'coach', 'newcomer')
  @Get()
  @ApiOkResponse({ description: '{ items: [{ placementId, kind, title, type, employerName, place, startDate, score, reasons: [{ code, text }] }], total, limit, offset }' })
  async matches(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() q: MatchQuery, @Req() req: AppRequest) {
    const key = await this.access.find(user, id);
    // Matching reads the learner's competence: written to the profile's read log.
    await this.access.recordRead(user, key, 'learner.matches.read', 'matching', req.requestId);
    return this.matching.matches(user, id, q, requestLocale(req));
  }
}

/** The learner's own "interesting" marks on placements and job tracks. */
@ApiTags('matching')
@Controller()
export class InterestController {
  constructor(private readonly matching: MatchingService, private readonly access: LearnerAccess) {}

  @Roles('newcomer')
  @Put('placements/:id/interest')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Marks the placement as interesting (the coach sees it as a signal)' })
  mark(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.matching.setInterest(user, id, true);
  }

  @Roles('newcomer')
  @Delete('placements/:id/interest')
  @ApiOkResponse({ description: 'Takes the mark away' })
  unmark(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.matching.setInterest(user, id, false);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Get('learners/:id/interests')
  @ApiOkResponse({ description: 'The placements the learner marked as interesting' })
  async interests(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    await this.access.find(user, id);
    return this.matching.interests(id);
  }
}

