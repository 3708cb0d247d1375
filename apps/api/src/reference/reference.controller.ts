import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { ReferenceService } from './reference.service';
import { OccupationSearchService } from './occupation-search.service';
import { ReferenceRankers } from './reference-rankers.service';
import {
  KoladaKpiParams,
  MunicipalityCodeParams,
  MunicipalityQuery,
  OccupationGroupQuery,
  OccupationRankQuery,
  OccupationSearchQuery,
  PlaceQuery,
  SearchQuery,
  SkillQuery,
  SsykCodeParams,
  SsykFilteredQuery,
} from './dto/reference-query.dto';
import {
  ConceptList,
  ConceptPage,
  CountyList,
  DrivingLicenceList,
  EducationConceptList,
  EscoOccupationPage,
  KoladaKpiPage,
  KoladaKpiView,
  MunicipalityPage,
  MunicipalityView,
  OccupationFieldList,
  OccupationGroupDetailView,
  OccupationGroupPage,
  OccupationNamePage,
  OccupationRankAnswer,
  OccupationRankHitView,
  PlacePage,
  SfiView,
  SkillPage,
} from './dto/reference-view.dto';

/**
 * Public look-ups in the reference data, for forms and filters. Long lists take `q`, `limit` and
 * `offset` and return a page; short code lists return `{ items }` in full.
 */
@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly occupations: OccupationSearchService,
    private readonly rankers: ReferenceRankers,
  ) {}

  // ---- geography

  @Public()
  @Get('counties')
  @ApiOkResponse({ type: CountyList, description: 'All counties (län), A–Ö' })
  counties() {
    return this.reference.counties();
  }

  @Public()
  @Get('municipalities')
  @ApiOkResponse({ type: MunicipalityPage, description: 'Municipalities, optionally in one county' })
  municipalities(@Query() query: MunicipalityQuery) {
    return this.reference.municipalities(query);
  }

  @Public()
  @Get('municipalities/:code')
  @ApiOkResponse({ type: MunicipalityView })
  municipality(@Param() params: MunicipalityCodeParams) {
    return this.reference.municipality(params.code);
  }

  @Public()
  @Get('places')
  @ApiOkResponse({ type: PlacePage, description: 'Towns and villages, optionally in one municipality' })
  places(@Query() query: PlaceQuery) {
    return this.reference.places(query);
  }

  // ---- occupations and skills

  @Public()
  @Get('occupation-fields')
  @ApiOkResponse({ type: OccupationFieldList, description: 'All occupation fields (yrkesområden)' })
  occupationFields() {
    return this.reference.occupationFields();
  }

  @Public()
  @Get('occupation-groups')
  @ApiOkResponse({ type: OccupationGroupPage, description: 'SSYK 2012 groups; q matches the name or the code' })
  occupationGroups(@Query() query: OccupationGroupQuery) {
    return this.reference.occupationGroups(query);
  }

  @Public()
  @Get('occupation-groups/:code')
  @ApiOkResponse({ type: OccupationGroupDetailView, description: 'One SSYK group with its job titles and related skills' })
  occupationGroup(@Param() params: SsykCodeParams) {
    return this.reference.occupationGroup(params.code);
  }

  /**
   * SSYK groups for a job title as a newcomer or coach types it, in Swedish, English or Arabic:
   * typos, plurals, definite forms, compounds and missing å/ä/ö are forgiven. One hit per group,
   * best first. Ranked in process (reference-rankers.service.ts); public, so the per-IP token
   * bucket of public routes applies (PUBLIC_RATE_LIMIT_PER_SECOND, bursts of twice that).
   */
  @Public()
  @Get('occupations')
  @ApiOkResponse({ type: OccupationRankAnswer, description: '`{ hits }`: ranked SSYK groups, one per group, at most `limit`; empty when nothing resembles the query' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: `q` missing, empty or longer than 100 characters (after trimming); `lang` not sv, en or ar; `limit` outside 1–50' })
  async rankOccupations(@Query() query: OccupationRankQuery): Promise<OccupationRankAnswer> {
    const ranker = await this.rankers.occupationRanker();
    return { hits: ranker.search(query.q, query.lang, query.limit).map(OccupationRankHitView.of) };
  }

  /** Typo-tolerant search over job titles and SSYK groups, in Swedish and English (Meilisearch). */
  @Public()
  @Get('occupations/search')
  @ApiOkResponse({ description: 'Page of { id, kind, ssykCode, nameSv, ssykNameSv, namesEn }' })
  searchOccupations(@Query() query: OccupationSearchQuery) {
    return this.occupations.search(query.q, query.kind, query.limit, query.offset);
  }

  @Public()
  @Get('occupation-names')
  @ApiOkResponse({ type: OccupationNamePage, description: 'Job titles (yrkesbenämningar), optionally of one SSYK group' })
  occupationNames(@Query() query: SsykFilteredQuery) {
    return this.reference.occupationNames(query);
  }

  @Public()
  @Get('skills')
  @ApiOkResponse({
    type: SkillPage,
    description: 'Skills, optionally those related to one SSYK group. Without `q` A–Ö; with `q` best match first, typo-tolerant (Swedish plurals, compounds, ESCO synonyms)',
  })
  skills(@Query() query: SkillQuery) {
    return this.reference.skills(query);
  }

  @Public()
  @Get('esco-occupations')
  @ApiOkResponse({
    type: EscoOccupationPage,
    description: 'ESCO occupations and ISCO groups; q matches the Swedish or English label. ESCO, European Commission (CC BY 4.0).',
  })
  escoOccupations(@Query() query: SearchQuery) {
    return this.reference.escoOccupations(query);
  }

  // ---- education

  @Public()
  @Get('education-levels')
  @ApiOkResponse({ type: EducationConceptList, description: 'SUN 2020 education levels, a tree by parentCode' })
  educationLevels() {
    return this.reference.educationLevels();
  }

  @Public()
  @Get('education-fields')
  @ApiOkResponse({ type: EducationConceptList, description: 'SUN 2020 education fields, a tree by parentCode' })
  educationFields() {
    return this.reference.educationFields();
  }

  @Public()
  @Get('sfi')
  @ApiOkResponse({ type: SfiView, description: 'SFI courses A–D and study paths 1–3' })
  sfi() {
    return this.reference.sfi();
  }

  // ---- small code tables

  @Public()
  @Get('languages')
  @ApiOkResponse({ type: ConceptPage })
  languages(@Query() query: SearchQuery) {
    return this.reference.languages(query);
  }

  @Public()
  @Get('driving-licences')
  @ApiOkResponse({ type: DrivingLicenceList })
  drivingLicences() {
    return this.reference.drivingLicences();
  }

  @Public()
  @Get('employment-types')
  @ApiOkResponse({ type: ConceptList })
  employmentTypes() {
    return this.reference.employmentTypes();
  }

  @Public()
  @Get('worktime-extents')
  @ApiOkResponse({ type: ConceptList })
  worktimeExtents() {
    return this.reference.worktimeExtents();
  }

  @Public()
  @Get('employment-durations')
  @ApiOkResponse({ type: ConceptList })
  employmentDurations() {
    return this.reference.employmentDurations();
  }

  // ---- Kolada (Källa: Kolada)

  @Public()
  @Get('kolada-kpis')
  @ApiOkResponse({ type: KoladaKpiPage, description: 'Kolada KPI definitions about newcomers; q matches the title or the id. Källa: Kolada.' })
  koladaKpis(@Query() query: SearchQuery) {
    return this.reference.koladaKpis(query);
  }

  @Public()
  @Get('kolada-kpis/:id')
  @ApiOkResponse({ type: KoladaKpiView, description: 'Källa: Kolada' })
  koladaKpi(@Param() params: KoladaKpiParams) {
    return this.reference.koladaKpi(params.id);
  }
}
