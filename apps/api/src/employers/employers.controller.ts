import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { UuidParam } from '../common/validation';
import { DecisionBody, EmployerListQuery, RegisterEmployerBody, SiteBody, SupervisorBody, UpdateEmployerBody, VerifyEmailBody } from './dto';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  /** An organisation registers itself through its first contact; nothing is visible before the e-mail is confirmed and the municipality approves. */
  @Public()
  @Post('register')
  @ApiCreatedResponse({ description: '{ employerId, status: "unverified" }; a confirmation link is e-mailed' })
  register(@Body() body: RegisterEmployerBody) {
    return this.employers.register(body);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Token pair: the contact is logged in; the registration now waits for the municipality' })
  verifyEmail(@Body() body: VerifyEmailBody) {
    return this.employers.verifyEmail(body.token);
  }

  @Roles('admin', 'coach')
  @Get()
  @ApiOkResponse({ description: 'Page of the municipality’s employers; pending registrations first' })
  list(@CurrentUser() user: AuthUser, @Query() q: EmployerListQuery) {
    return this.employers.list(user, q);
  }

  @Roles('admin', 'coach', 'employer')
  @Get(':id')
  @ApiOkResponse({ description: 'The employer with sites, supervisors and contacts' })
  detail(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.employers.detail(user, id);
  }

  @Roles('admin', 'coach', 'employer')
  @Patch(':id')
  @ApiOkResponse()
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: UpdateEmployerBody) {
    return this.employers.update(user, id, body);
  }

  @Roles('admin', 'coach')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOkResponse()
  decide(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: DecisionBody) {
    return this.employers.decide(user, id, body);
  }

  @Roles('admin', 'coach', 'employer')
  @Get(':id/sites')
  listSites(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.employers.listSites(user, id);
  }

  @Roles('admin', 'coach', 'employer')
  @Post(':id/sites')
  addSite(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: SiteBody) {
    return this.employers.addSite(user, id, body);
  }

  @Roles('admin', 'coach', 'employer')
  @Patch(':id/sites/:siteId')
  updateSite(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('siteId', UuidParam) siteId: string, @Body() body: SiteBody) {
    return this.employers.updateSite(user, id, siteId, body);
  }

  @Roles('admin', 'coach', 'employer')
  @Get(':id/supervisors')
  listSupervisors(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string) {
    return this.employers.listSupervisors(user, id);
  }

  @Roles('admin', 'coach', 'employer')
  @Post(':id/supervisors')
  addSupervisor(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Body() body: SupervisorBody) {
    return this.employers.addSupervisor(user, id, body);
  }

  @Roles('admin', 'coach', 'employer')
  @Patch(':id/supervisors/:supervisorId')
  updateSupervisor(@CurrentUser() user: AuthUser, @Param('id', UuidParam) id: string, @Param('supervisorId', UuidParam) supervisorId: string, @Body() body: SupervisorBody) {
    return this.employers.updateSupervisor(user, id, supervisorId, body);
  }
}
