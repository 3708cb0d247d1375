import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Locale, ProfileSection } from '@jobbrygga/domain';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AppRequest, AuthUser } from '../common/request-context';
import { UuidParam } from '../common/validation';
import { UsersService } from '../users/users.service';
import {
  CaseloadQuery, ConsentBody, CreateLearnerBody, ErasureDecisionBody, ErasureRequestBody, EstablishmentBody, EducationBody, ExperienceBody, FollowUpBody, HandoverBody,
  InviteLearnerBody, LanguageBody, PlanBody, PlanStepBody, ReadQuery, ReviewBody, SectionItemParams, SectionParams, SfiCourseBody, SkillBody, StepParams, UpdateLearnerBody,
} from './dto';
import { LearnerAccess } from './learner-access';
import { LearnersService } from './learners.service';
import { PlanService } from './plan.service';
import { PrivacyService } from './privacy.service';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/** The body class of each profile section, so every item is validated like any other body. */
const SECTION_BODIES = {
  establishment: EstablishmentBody,
  education: EducationBody,
  experience: ExperienceBody,
  skills: SkillBody,
  languages: LanguageBody,
  'sfi-courses': SfiCourseBody,
} as const;

async function sectionBody(section: string, raw: unknown): Promise<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'body', problem: 'type' }]);
  const body = plainToInstance(SECTION_BODIES[section as ProfileSection], raw);
  const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) {
    throw new AppError('VALIDATION_FAILED', {}, {}, errors.map((e) => ({ field: e.property, problem: e.constraints?.whitelistValidation ? 'unknown' : e.constraints?.isIn ? 'oneOf' : 'format' })));
  }
  return body as unknown as Record<string, unknown>;
}

/**
 * Learner profiles (kompetenskartläggning), career plans, consent and the learner's rights.
 * Staff (admin, coach) of the learner's municipality and the learner themself; never employers.
 * Every read by anyone but the learner is written in the audit log with a reason.
 */
@ApiTags('learners')
@Controller('learners')
export class LearnersController {
  constructor(
    private readonly learners: LearnersService,
    private readonly privacy: PrivacyService,
    private readonly access: LearnerAccess,
    private readonly users: UsersService,
    private readonly ds: DataSource,
  ) {}

  @Roles('admin', 'coach')
  @Get()
  @ApiOkResponse({ description: 'The caseload: Page of { id, firstName, lastName, coachName, currentSfiCourse, nextStep, lastFollowUp, stalled, reviewDue, … }' })
  caseload(@CurrentUser() user: AuthUser, @Query() q: CaseloadQuery) {
    return this.learners.caseload(user, q);
  }

  @Roles('admin', 'coach')
  @Post()
  @ApiCreatedResponse({ description: 'The new profile' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateLearnerBody) {
    return this.learners.create(user, body);
  }

  @Roles('admin', 'coach')
  @Get('statistics')
  @ApiOkResponse({ description: 'Anonymous counts: by gender, age band, exits, status 90 days after exit (erased learners included)' })
  statistics(@CurrentUser() user: AuthUser) {
    return this.privacy.statistics(user);
  }

  @Roles('admin', 'coach')
  @Post('handover')
  @HttpCode(200)
  @ApiOkResponse({ description: '{ moved }: learners now with the new coach; the history is kept' })
  handover(@CurrentUser() user: AuthUser, @Body() body: HandoverBody) {
    return this.learners.handover(user, body.fromCoachId, body.toCoachId, body.learnerIds, body.reason);
  }

  @Roles('admin')
  @Get('erasure-requests')
  @ApiOkResponse({ description: 'Erasure requests of the municipality, open ones first' })
  erasureRequests(@CurrentUser() user: AuthUser) {
    return this.privacy.erasureRequests(user);
  }

  @Roles('admin')
  @Post('erasure-requests/:requestId/decision')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The decided request. Approved: personal data is gone; an anonymous statistics row stays' })
  decideErasure(@CurrentUser() user: AuthUser, @Param('requestId', UuidParam) requestId: string, @Body() body: ErasureDecisionBody) {
    return this.privacy.decideErasure(user, requestId, body.approve, body.reason);
  }

  @Roles('newcomer')
  @Get('me')
  @ApiOkResponse({ description: 'The newcomer’s own profile' })
  async mine(@CurrentUser() user: AuthUser) {
    return this.learners.profile(user, await this.access.ownId(user));
  }

  @Roles('admin', 'coach', 'newcomer')
  @Get(':id')
  @ApiOkResponse({ description: 'The whole profile; the read is audited with `reason`' })
  profile(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() q: ReadQuery, @Req() req: AppRequest) {
    return this.learners.profile(user, id, q.reason, req.requestId);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Patch(':id')
  @ApiOkResponse({ description: 'The profile after the change. A learner may change contact, languages, availability, travel and interests' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: UpdateLearnerBody) {
    return this.learners.update(user, id, body);
  }

  @Roles('coach')
  @Post(':id/invite')
  @ApiCreatedResponse({ description: 'Invites the learner by e-mail to an account linked to this profile' })
  async invite(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: InviteLearnerBody) {
    const key = await this.access.find(user, id);
    if (key.userId) throw new AppError('EMAIL_TAKEN');
    const [row] = await this.ds.query(`SELECT first_name || ' ' || last_name AS name FROM learner WHERE id = $1`, [id]);
    const account = await this.users.invite(user, { email: body.email, role: 'newcomer', displayName: row.name, locale: body.locale as Locale });
    await this.learners.linkAccount(this.ds.manager, id, account.id);
    return this.learners.profile(user, id, undefined, undefined, true);
  }

  @Roles('admin', 'coach')
  @Get(':id/coach-history')
  @ApiOkResponse({ description: 'Which coaches the learner has had' })
  coachHistory(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.learners.coachHistory(user, id);
  }

  // ---- items

  @Roles('admin', 'coach', 'newcomer')
  @Post(':id/:section')
  @ApiCreatedResponse({ description: 'Adds an item to a section (establishment, education, experience, skills, languages, sfi-courses); the profile after' })
  async addItem(@CurrentUser() user: AuthUser, @Param() params: SectionParams, @Body() raw: unknown) {
    return this.learners.addItem(user, params.id, params.section as ProfileSection, await sectionBody(params.section, raw));
  }

  @Roles('admin', 'coach', 'newcomer')
  @Patch(':id/:section/:itemId')
  @ApiOkResponse({ description: 'Changes an item; the profile after' })
  async updateItem(@CurrentUser() user: AuthUser, @Param() params: SectionItemParams, @Body() raw: unknown) {
    return this.learners.updateItem(user, params.id, params.section as ProfileSection, params.itemId, await sectionBody(params.section, raw));
  }

  @Roles('admin', 'coach', 'newcomer')
  @Delete(':id/:section/:itemId')
  @ApiOkResponse({ description: 'Removes an item; the profile after' })
  removeItem(@CurrentUser() user: AuthUser, @Param() params: SectionItemParams) {
    return this.learners.removeItem(user, params.id, params.section as ProfileSection, params.itemId);
  }
}

/** The career plan of one learner. */
@ApiTags('learners')
@Controller('learners/:id/plan')
export class PlanController {
  constructor(private readonly plans: PlanService) {}

  @Roles('admin', 'coach', 'newcomer')
  @Get()
  @ApiOkResponse({ description: 'Goals, steps, follow-ups, review due, stalled' })
  plan(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() q: ReadQuery, @Req() req: AppRequest) {
    return this.plans.plan(user, id, q.reason, req.requestId);
  }

  @Roles('admin', 'coach')
  @Put()
  @ApiOkResponse({ description: 'Creates or changes the plan’s goals, start and hours' })
  save(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: PlanBody) {
    return this.plans.savePlan(user, id, body);
  }

  @Roles('admin', 'coach')
  @Post('steps')
  @ApiCreatedResponse({ description: 'Adds a step at `position` (default last)' })
  addStep(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: PlanStepBody) {
    return this.plans.addStep(user, id, body);
  }

  @Roles('admin', 'coach')
  @Patch('steps/:stepId')
  @ApiOkResponse({ description: 'Changes a step (status, dates, position …)' })
  updateStep(@CurrentUser() user: AuthUser, @Param() params: StepParams, @Body() body: PlanStepBody) {
    return this.plans.updateStep(user, params.id, params.stepId, body);
  }

  @Roles('admin', 'coach')
  @Delete('steps/:stepId')
  @ApiOkResponse({ description: 'Removes a step' })
  removeStep(@CurrentUser() user: AuthUser, @Param() params: StepParams) {
    return this.plans.removeStep(user, params.id, params.stepId);
  }

  @Roles('admin', 'coach')
  @Post('follow-ups')
  @ApiCreatedResponse({ description: 'Records a follow-up: attended or absent (with reason), notes, progress' })
  followUp(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: FollowUpBody) {
    return this.plans.addFollowUp(user, id, body);
  }

  @Roles('admin', 'coach')
  @Post('review')
  @ApiCreatedResponse({ description: 'Records the joint review (after 12 months)' })
  review(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: ReviewBody) {
    return this.plans.recordReview(user, id, body);
  }
}

/** Consent, the read log, the learner's copy of their data and the erasure request. */
@ApiTags('learners')
@Controller('learners/:id/privacy')
export class LearnerPrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Roles('admin', 'coach', 'newcomer')
  @Get('consents')
  @ApiOkResponse({ description: '{ textVersion, states, history }' })
  consents(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Query() q: ReadQuery) {
    return this.privacy.consents(user, id, q.reason);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Post('consents')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Gives or withdraws a purpose; withdrawing takes effect at once' })
  setConsent(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: ConsentBody) {
    return this.privacy.setConsent(user, id, body.purpose, body.given, body.language);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Get('reads')
  @ApiOkResponse({ description: 'Who read or changed the profile, when and why' })
  reads(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.privacy.reads(user, id);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Get('export')
  @ApiOkResponse({ description: 'All data about the learner as JSON' })
  export(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Req() req: AppRequest) {
    return this.privacy.export(user, id, req.requestId);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Get('erasure-requests')
  @ApiOkResponse({ description: 'This learner’s erasure requests, newest first, with the decision' })
  erasureRequests(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.privacy.learnerErasureRequests(user, id);
  }

  @Roles('admin', 'coach', 'newcomer')
  @Post('erasure-request')
  @ApiCreatedResponse({ description: 'Asks for erasure; an admin decides' })
  requestErasure(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: ErasureRequestBody) {
    return this.privacy.requestErasure(user, id, body.text);
  }
}
