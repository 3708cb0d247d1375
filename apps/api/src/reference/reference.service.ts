import { Injectable } from '@nestjs/common';
import type { EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';
import type { Page } from '@jobbrygga/domain';
import { notFound } from '../common/app-error';
import { ReferenceRepository, type PageWindow } from './reference.repository';
import {
  RefCounty,
  RefDrivingLicence,
  RefEmploymentDuration,
  RefEmploymentType,
  RefOccupationField,
  RefSunField,
  RefSunLevel,
  RefWorktimeExtent,
} from './reference.entities';
import type { MunicipalityQuery, OccupationGroupQuery, PlaceQuery, SearchQuery, SkillQuery, SsykFilteredQuery } from './dto/reference-query.dto';
import { ReferenceRankers } from './reference-rankers.service';
import { normalizeQuery } from './text-search';
import {
  ConceptView,
  CountyView,
  DrivingLicenceView,
  EducationConceptView,
  EscoOccupationView,
  KoladaKpiView,
  MunicipalityView,
  OccupationFieldView,
  OccupationGroupDetailView,
  OccupationGroupView,
  OccupationNameView,
  PlaceView,
  SkillView,
  type ItemList,
  type SfiView,
} from './dto/reference-view.dto';

function toPage<E, V>([rows, total]: [E[], number], window: PageWindow, view: (row: E) => V): Page<V> {
  return { items: rows.map(view), total, limit: window.limit, offset: window.offset };
}

/** Read-only look-ups in the reference data (municipalities, occupations, skills, SUN, SFI, Kolada). */
@Injectable()
export class ReferenceService {
  constructor(private readonly repo: ReferenceRepository, private readonly rankers: ReferenceRankers) {}

  /** A small table in full: the one way every code list is served. */
  private async codeTable<E extends ObjectLiteral, V>(entity: EntityTarget<E>, order: FindOptionsOrder<E>, view: (row: E) => V): Promise<ItemList<V>> {
    return { items: (await this.repo.all(entity, order)).map(view) };
  }

  // ---- geography

  counties(): Promise<ItemList<CountyView>> {
    return this.codeTable(RefCounty, { name: 'ASC' }, CountyView.of);
  }

  async municipalities(query: MunicipalityQuery): Promise<Page<MunicipalityView>> {
    return toPage(await this.repo.municipalities(query, query), query, MunicipalityView.of);
  }

  async municipality(code: string): Promise<MunicipalityView> {
    const m = await this.repo.municipality(code);
    if (!m) throw notFound();
    return MunicipalityView.of(m);
  }

  async places(query: PlaceQuery): Promise<Page<PlaceView>> {
    return toPage(await this.repo.places(query, query), query, PlaceView.of);
  }

  // ---- occupations and skills

  occupationFields(): Promise<ItemList<OccupationFieldView>> {
    return this.codeTable(RefOccupationField, { labelSv: 'ASC' }, OccupationFieldView.of);
  }

  async occupationGroups(query: OccupationGroupQuery): Promise<Page<OccupationGroupView>> {
    return toPage(await this.repo.occupationGroups(query, query), query, OccupationGroupView.of);
  }

  async occupationGroup(code: string): Promise<OccupationGroupDetailView> {
    const group = await this.repo.occupationGroup(code);
    if (!group) throw notFound();
    const [names, skills] = await Promise.all([this.repo.occupationNamesOfGroup(code), this.repo.skillsOfGroup(code)]);
    return OccupationGroupDetailView.detail(group, names, skills);
  }

  async occupationNames(query: SsykFilteredQuery): Promise<Page<OccupationNameView>> {
    return toPage(await this.repo.occupationNames(query, query), query, OccupationNameView.of);
  }

  /**
   * Skills A–Ö, or with `q` ranked by match (typo-tolerant, SkillRanker). A query the ranker has
   * no words for (a single letter) falls back to the plain substring search.
   */
  async skills(query: SkillQuery): Promise<Page<SkillView>> {
    const q = normalizeQuery(query.q);
    if (q) {
      const ranked = (await this.rankers.skillRanker()).search(q, query.lang ?? 'sv', query.ssyk);
      if (ranked.length > 0) {
        return {
          items: ranked.slice(query.offset, query.offset + query.limit).map((s) => ({ conceptId: s.conceptId, labelSv: s.labelSv })),
          total: ranked.length,
          limit: query.limit,
          offset: query.offset,
        };
      }
    }
    return toPage(await this.repo.skills(query, query), query, SkillView.of);
  }

  async escoOccupations(query: SearchQuery): Promise<Page<EscoOccupationView>> {
    return toPage(await this.repo.escoOccupations(query, query), query, EscoOccupationView.of);
  }

  // ---- education

  /** SUN 2020 levels; ordered by code, which lists each parent right before its children. */
  educationLevels(): Promise<ItemList<EducationConceptView>> {
    return this.codeTable(RefSunLevel, { code: 'ASC' }, EducationConceptView.of);
  }

  educationFields(): Promise<ItemList<EducationConceptView>> {
    return this.codeTable(RefSunField, { code: 'ASC' }, EducationConceptView.of);
  }

  async sfi(): Promise<SfiView> {
    const { courses, paths, pathCourses } = await this.repo.sfi();
    const rank = new Map(courses.map((c) => [c.code, c.rank]));
    return {
      courses: courses.map((c) => ({ code: c.code, rank: c.rank })),
      studyPaths: paths.map((p) => ({
        number: p.number,
        courses: pathCourses
          .filter((pc) => pc.studyPath === p.number)
          .map((pc) => pc.courseCode)
          .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
        targetGroupSv: p.targetGroupSv,
      })),
    };
  }

  // ---- small code tables and Kolada

  async languages(query: SearchQuery): Promise<Page<ConceptView>> {
    return toPage(await this.repo.languages(query, query), query, ConceptView.of);
  }

  drivingLicences(): Promise<ItemList<DrivingLicenceView>> {
    return this.codeTable(RefDrivingLicence, { label: 'ASC' }, DrivingLicenceView.of);
  }

  /** In the source's order ("Vanlig anställning" first), not alphabetical. */
  employmentTypes(): Promise<ItemList<ConceptView>> {
    return this.codeTable(RefEmploymentType, { legacyId: 'ASC' }, ConceptView.of);
  }

  /** Longest first (Tillsvidare … max 10 dagar), as the source orders them. */
  employmentDurations(): Promise<ItemList<ConceptView>> {
    return this.codeTable(RefEmploymentDuration, { legacyId: 'ASC' }, ConceptView.of);
  }

  worktimeExtents(): Promise<ItemList<ConceptView>> {
    return this.codeTable(RefWorktimeExtent, { legacyId: 'ASC' }, ConceptView.of);
  }

  async koladaKpis(query: SearchQuery): Promise<Page<KoladaKpiView>> {
    return toPage(await this.repo.koladaKpis(query, query), query, KoladaKpiView.of);
  }

  async koladaKpi(id: string): Promise<KoladaKpiView> {
    const kpi = await this.repo.koladaKpi(id);
    if (!kpi) throw notFound();
    return KoladaKpiView.of(kpi);
  }
}
