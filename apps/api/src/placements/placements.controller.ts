import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@jobbrygga/domain';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AppRequest, AuthUser } from '../common/request-context';
import { requestLocale } from '../common/error-response';
import { UuidParam } from '../common/validation';
import { CreatePlacementBody, PlacementListQuery, PlacementSearchQuery, StatusBody, UpdatePlacementBody } from './dto';
import { PlacementsService } from './placements.service';
import { PlacementSearchService } from './placement-search.service';
import { MatchingService } from '../matching/matching.service';
import { CandidateQuery } from '../matching/dto';

@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly searchService: PlacementSearchService,
    private readonly matching: MatchingService,
  ) {}

  /**
   * The learners who meet every hard constraint of the placement (municipality, SFI course,
   * licence, start, hours, SFI lessons, travel, the type's rules), best first, each score explained.
   * Coaches and admins of the placement's municipality only; no gender, age or contact.
   */
  @Roles('admin', 'coach')
  @Get(':id/candidates')
  @ApiOkResponse({ description: '{ items: [{ learnerId, displayName, score, sfiCourse, reasons: [{ code, text }] }], total, limit, offset }' })
  candidates(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() q: CandidateQuery, @Req() req: AppRequest) {
    return this.matching.candidates(user, id, q, requestLocale(req));
  }

  /**
   * Search open placements and job tracks of approved employers in the caller's municipality
   * (Meilisearch; typo-tolerant; Swedish, English and Arabic words). `{ hits, total, facets }`.
   * There are no filters on gender, age, ethnicity or religion.
   */
  @Roles(...ROLES)
  @Get('search')
  @ApiOkResponse({ description: '{ hits: [{ id, kind, title, type, typeName, ssyk, occupation, employerName, place, … }], total, facets, limit, offset }' })
  search(@CurrentUser() user: AuthUser, @Query() q: PlacementSearchQuery, @Req() req: AppRequest) {
    return this.searchService.search(user, q, requestLocale(req));
  }

  @Roles('admin', 'coach', 'employer')
  @Get()
  @ApiOkResponse({ description: 'Page of placements from the database: an employer sees its own, staff their municipality’s' })
  list(@CurrentUser() user: AuthUser, @Query() q: PlacementListQuery) {
    return this.placements.list(user, q);
  }

  @Roles('admin', 'coach', 'employer')
  @Post()
  @ApiCreatedResponse({ description: 'The placement; checked against its type’s rules (422 RULE_… names a broken rule)' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePlacementBody, @Req() req: AppRequest) {
    return this.placements.create(user, body, requestLocale(req));
  }

  @Roles(...ROLES)
  @Get(':id')
  @ApiOkResponse()
  detail(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Req() req: AppRequest) {
    return this.placements.detail(user, id, requestLocale(req));
  }

  @Roles('admin', 'coach', 'employer')
  @Patch(':id')
  @ApiOkResponse()
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: UpdatePlacementBody, @Req() req: AppRequest) {
    return this.placements.update(user, id, body, requestLocale(req));
  }

  @Roles('admin', 'coach', 'employer')
  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({ description: 'draft → open → filled → closed (filled → open allowed)' })
  setStatus(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: StatusBody, @Req() req: AppRequest) {
    return this.placements.setStatus(user, id, body.status, requestLocale(req));
  }
}
