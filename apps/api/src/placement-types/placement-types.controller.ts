import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@jobbrygga/domain';
import { CurrentUser, Roles } from '../common/auth.decorators';
import type { AuthUser } from '../common/request-context';
import { PlacementTypesService } from './placement-types.service';
import type { PlacementType } from './placement-type.entity';
import { LocalPlacementTypeBody, PlacementTypeRulesBody, TypeCodeParams } from './dto';

@ApiTags('placement-types')
@Controller('placement-types')
export class PlacementTypesController {
  constructor(private readonly types: PlacementTypesService) {}

  /** The municipality's placement types with their rules, current ones first; expired ones show their end date. */
  @Roles(...ROLES)
  @Get()
  @ApiOkResponse({ description: '{ items: [type with rules, validity and source] }' })
  async list(@CurrentUser() user: AuthUser) {
    const items = await this.types.list(user.tenantCode);
    return { items: items.map(typeView) };
  }

  /** The municipality's own values for a type (the national row stays as it is for others). */
  @Roles('admin')
  @Put(':code')
  @ApiOkResponse()
  async adjust(@CurrentUser() user: AuthUser, @Param() p: TypeCodeParams, @Body() body: PlacementTypeRulesBody) {
    return typeView(await this.types.adjust(user.tenantCode, p.code, body));
  }

  /** A local type of the municipality's own (e.g. a municipality-funded programme). */
  @Roles('admin')
  @Post()
  @ApiOkResponse()
  async createLocal(@CurrentUser() user: AuthUser, @Body() body: LocalPlacementTypeBody) {
    return typeView(await this.types.createLocal(user.tenantCode, body));
  }
}

function typeView(t: PlacementType) {
  return {
    id: t.id, code: t.code, kind: t.kind, local: t.tenantCode !== null,
    name: { sv: t.nameSv, en: t.nameEn, ar: t.nameAr }, description: { sv: t.descriptionSv, en: t.descriptionEn, ar: t.descriptionAr },
    paid: t.paid, allowedSectors: t.allowedSectors, minWeeks: t.minWeeks, maxWeeks: t.maxWeeks, sfiCombinationRequired: t.sfiCombinationRequired,
    maxHoursPerWeek: t.maxHoursPerWeek, requiresEstablishmentProgramme: t.requiresEstablishmentProgramme, ageMin: t.ageMin, ageMax: t.ageMax,
    supervisorRequired: t.supervisorRequired, decidedByEmploymentService: t.decidedByEmploymentService, countsTowards: t.countsTowards,
    validFrom: t.validFrom, validTo: t.validTo, source: t.source,
  };
}
