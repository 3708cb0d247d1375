import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  RefEscoOccupation,
  RefKoladaKpi,
  RefLanguage,
  RefMunicipality,
  RefOccupationName,
  RefPlace,
  RefSfiCourse,
  RefSfiStudyPath,
  RefSfiStudyPathCourse,
  RefSkill,
  RefSsykGroup,
  RefSsykSkill,
} from './reference.entities';
import { normalizeQuery, searchParameters, searchRankSql, searchWhereSql } from './text-search';

export interface PageWindow {
  limit: number;
  offset: number;
}

/** Text search over some columns, then a stable order. Column names are `alias.property`. */
interface SearchSpec {
  q?: string;
  columns: readonly string[];
  orderBy: readonly string[];
}

/**
 * Every query on the reference tables. Reference data is the same for every municipality, so no
 * tenant argument here. Names sort by the `ref_sv` column collation (Swedish order).
 */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly ds: DataSource) {}

  /** Every row of a small code table, in the given order. */
  all<T extends ObjectLiteral>(entity: EntityTarget<T>, order: FindOptionsOrder<T>): Promise<T[]> {
    return this.ds.getRepository(entity).find({ order });
  }

  /**
   * One page of a query, filtered by `q` when given: rows where any column contains it, best
   * matches first (whole text, start, start of a word, anywhere), then `orderBy`.
   */
  private page<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, search: SearchSpec, window: PageWindow): Promise<[T[], number]> {
    const q = normalizeQuery(search.q);
    if (q) {
      qb.andWhere(searchWhereSql(search.columns), { ...searchParameters(q) }).addOrderBy(searchRankSql(search.columns), 'ASC');
    }
    for (const column of search.orderBy) qb.addOrderBy(column, 'ASC');
    return qb.limit(window.limit).offset(window.offset).getManyAndCount();
  }

  municipalities(filter: { q?: string; county?: string }, window: PageWindow): Promise<[RefMunicipality[], number]> {
    const qb = this.ds.getRepository(RefMunicipality).createQueryBuilder('m').innerJoinAndSelect('m.county', 'c');
    if (filter.county) qb.andWhere('m.countyCode = :county', { county: filter.county });
    return this.page(qb, { q: filter.q, columns: ['m.shortName', 'm.name'], orderBy: ['m.shortName', 'm.code'] }, window);
  }

  municipality(code: string): Promise<RefMunicipality | null> {
    return this.ds.getRepository(RefMunicipality).findOne({ where: { code }, relations: { county: true } });
  }

  places(filter: { q?: string; municipality?: string }, window: PageWindow): Promise<[RefPlace[], number]> {
    const qb = this.ds.getRepository(RefPlace).createQueryBuilder('p');
    if (filter.municipality) qb.andWhere('p.municipalityCode = :municipality', { municipality: filter.municipality });
    return this.page(qb, { q: filter.q, columns: ['p.label'], orderBy: ['p.label', 'p.id'] }, window);
  }

  /** SSYK groups; `q` also matches the code ("512" finds 5120). */
  occupationGroups(filter: { q?: string; field?: string }, window: PageWindow): Promise<[RefSsykGroup[], number]> {
    const qb = this.ds.getRepository(RefSsykGroup).createQueryBuilder('g').innerJoinAndSelect('g.field', 'f');
    if (filter.field) qb.andWhere('g.fieldConceptId = :field', { field: filter.field });
    return this.page(qb, { q: filter.q, columns: ['g.nameSv', 'g.code'], orderBy: ['g.nameSv', 'g.code'] }, window);
  }

  occupationGroup(code: string): Promise<RefSsykGroup | null> {
    return this.ds.getRepository(RefSsykGroup).findOne({ where: { code }, relations: { field: true } });
  }

  occupationNamesOfGroup(code: string): Promise<RefOccupationName[]> {
    return this.ds.getRepository(RefOccupationName).find({ where: { ssykCode: code }, order: { nameSv: 'ASC', conceptId: 'ASC' } });
  }

  skillsOfGroup(code: string): Promise<RefSkill[]> {
    return this.skillQuery(code).orderBy('s.labelSv', 'ASC').addOrderBy('s.conceptId', 'ASC').getMany();
  }

  occupationNames(filter: { q?: string; ssyk?: string }, window: PageWindow): Promise<[RefOccupationName[], number]> {
    const qb = this.ds.getRepository(RefOccupationName).createQueryBuilder('n').innerJoinAndSelect('n.group', 'g');
    if (filter.ssyk) qb.andWhere('n.ssykCode = :ssyk', { ssyk: filter.ssyk });
    return this.page(qb, { q: filter.q, columns: ['n.nameSv'], orderBy: ['n.nameSv', 'n.conceptId'] }, window);
  }

  skills(filter: { q?: string; ssyk?: string }, window: PageWindow): Promise<[RefSkill[], number]> {
    return this.page(this.skillQuery(filter.ssyk), { q: filter.q, columns: ['s.labelSv'], orderBy: ['s.labelSv', 's.conceptId'] }, window);
  }

  /** Skills, or only those related to one SSYK group. */
  private skillQuery(ssyk?: string): SelectQueryBuilder<RefSkill> {
    const qb = this.ds.getRepository(RefSkill).createQueryBuilder('s');
    if (ssyk) qb.innerJoin(RefSsykSkill, 'l', 'l.skillConceptId = s.conceptId AND l.ssykCode = :ssyk', { ssyk });
    return qb;
  }

  /** ESCO occupations and ISCO groups; `q` matches the Swedish or the English label. */
  escoOccupations(filter: { q?: string }, window: PageWindow): Promise<[RefEscoOccupation[], number]> {
    const qb = this.ds.getRepository(RefEscoOccupation).createQueryBuilder('e');
    return this.page(qb, { q: filter.q, columns: ['e.labelSv', 'e.labelEn'], orderBy: ['e.labelSv', 'e.uri'] }, window);
  }

  languages(filter: { q?: string }, window: PageWindow): Promise<[RefLanguage[], number]> {
    const qb = this.ds.getRepository(RefLanguage).createQueryBuilder('l');
    return this.page(qb, { q: filter.q, columns: ['l.labelSv'], orderBy: ['l.labelSv', 'l.conceptId'] }, window);
  }

  /** Kolada KPIs; `q` matches the title or the id ("N00973"). */
  koladaKpis(filter: { q?: string }, window: PageWindow): Promise<[RefKoladaKpi[], number]> {
    const qb = this.ds.getRepository(RefKoladaKpi).createQueryBuilder('k');
    return this.page(qb, { q: filter.q, columns: ['k.title', 'k.id'], orderBy: ['k.title', 'k.id'] }, window);
  }

  koladaKpi(id: string): Promise<RefKoladaKpi | null> {
    return this.ds.getRepository(RefKoladaKpi).findOneBy({ id });
  }

  async sfi(): Promise<{ courses: RefSfiCourse[]; paths: RefSfiStudyPath[]; pathCourses: RefSfiStudyPathCourse[] }> {
    const [courses, paths, pathCourses] = await Promise.all([
      this.all(RefSfiCourse, { rank: 'ASC' }),
      this.all(RefSfiStudyPath, { number: 'ASC' }),
      this.all(RefSfiStudyPathCourse, { studyPath: 'ASC', courseCode: 'ASC' }),
    ]);
    return { courses, paths, pathCourses };
  }
}
