import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { checkPlacementRules, PLACEMENT_RULE_ERRORS, STATUS_TRANSITIONS, type Locale, type PlacementStatus } from '@jobbrygga/domain';
import { occupationLexicon } from './occupation-lexicon';
import { SUPERVISOR_LEFT, TAKEN } from './room-sql';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { Employer } from '../users/employer.entity';
import { User } from '../users/user.entity';
import { EmployerSite } from '../employers/site.entity';
import { Supervisor } from '../employers/supervisor.entity';
import { PlacementTypesService } from '../placement-types/placement-types.service';
import type { PlacementType } from '../placement-types/placement-type.entity';
import { requireReferences } from '../reference/reference-checks';
import { SearchSync } from '../search/search-sync.service';
import { JobTrackPartner, JobTrackStep, Placement } from './placement.entity';
import type { CreatePlacementBody, PlacementFields, PlacementListQuery, UpdatePlacementBody } from './dto';

/** The occupation in the reader's language: the product's own words for common occupations, else Swedish. */
function occupationIn(locale: Locale, ssyk: string | null, swedish: string | null): string | null {
  if (locale === 'sv' || !ssyk) return swedish;
  const words = occupationLexicon().get(ssyk);
  return (locale === 'en' ? words?.en[0] : words?.ar[0]) ?? swedish;
}

const REQUIRED_ON_CREATE = ['title', 'hoursPerWeek', 'startDate', 'seats'] as const;
const bad = (field: string, problem: string) => new AppError('VALIDATION_FAILED', {}, {}, [{ field, problem }]);

@Injectable()
export class PlacementsService {
  constructor(private readonly ds: DataSource, private readonly types: PlacementTypesService, private readonly searchSync: SearchSync) {}

  /** The employer a caller may write placements for: their own, or (staff) any of their municipality's. */
  private async writableEmployer(m: EntityManager, caller: AuthUser, employerId: string | undefined): Promise<Employer> {
    const id = caller.role === 'employer' ? caller.employerId : employerId;
    if (caller.role === 'employer' && employerId && employerId !== caller.employerId) throw notFound();
    if (!id) throw bad('employerId', 'required');
    const e = await m.getRepository(Employer).findOneBy({ id, tenantCode: caller.tenantCode });
    if (!e) throw notFound();
    return e;
  }

  /**
   * A placement the caller may read ('read') or change ('write'). Reading: staff see their
   * municipality's, employers their own and every open placement of an approved employer, newcomers
   * only the latter. Writing: staff and the own employer. Anything else is 404, never 403.
   */
  private async forCaller(m: EntityManager, caller: AuthUser, id: string, mode: 'read' | 'write', lock = false): Promise<Placement> {
    const p = await m.getRepository(Placement).findOne({ where: { id, tenantCode: caller.tenantCode }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!p) throw notFound();
    if (caller.role === 'admin' || caller.role === 'coach') return p;
    if (caller.role === 'employer' && p.employerId === caller.employerId) return p;
    if (mode === 'write') throw notFound();
    const [visible] = await m.query(`SELECT 1 FROM employer WHERE id = $1 AND status = 'approved'`, [p.employerId]);
    if (p.status !== 'open' || !visible) throw notFound();
    return p;
  }

  /** Everything a placement must satisfy before it is written: dates, references, ownership, then the type's rules. */
  private async check(m: EntityManager, employer: Employer, type: PlacementType, p: Placement, body: PlacementFields): Promise<void> {
    if (p.endDate !== null && p.endDate < p.startDate) throw bad('endDate', 'beforeStart');
    if (p.ssykCode) await requireReferences(m, 'ssykCode', 'ssyk', [p.ssykCode]);
    if (p.occupationNameId) {
      const [n] = await m.query(`SELECT ssyk_code AS ssyk FROM ref_occupation_name WHERE concept_id = $1`, [p.occupationNameId]);
      if (!n) throw new AppError('UNKNOWN_REFERENCE', { field: 'occupationNameId' }, {}, [{ field: 'occupationNameId', problem: 'unknownValue' }]);
      if (!p.ssykCode) p.ssykCode = n.ssyk;
      else if (n.ssyk !== p.ssykCode) throw bad('occupationNameId', 'oneOf');
    }
    await requireReferences(m, 'requiredSkills', 'skill', p.requiredSkills);
    await requireReferences(m, 'niceSkills', 'skill', p.niceSkills);
    await requireReferences(m, 'helpfulLanguages', 'language', p.helpfulLanguages);
    await requireReferences(m, 'licences', 'licence', p.licences);
    if (p.siteId && !(await m.getRepository(EmployerSite).exists({ where: { id: p.siteId, employerId: employer.id } }))) throw bad('siteId', 'notYours');
    if (p.supervisorId && !(await m.getRepository(Supervisor).exists({ where: { id: p.supervisorId, employerId: employer.id } }))) throw bad('supervisorId', 'notYours');
    if (p.contactUserId && !(await m.getRepository(User).exists({ where: { id: p.contactUserId, employerId: employer.id } }))) throw bad('contactUserId', 'notYours');
    if (body.partnerEmployerIds?.length) {
      const rows = await m.query(`SELECT id FROM employer WHERE id = ANY($1::uuid[]) AND tenant_code = $2 AND status = 'approved'`, [[...new Set(body.partnerEmployerIds)], employer.tenantCode]);
      if (rows.length !== new Set(body.partnerEmployerIds).size) throw bad('partnerEmployerIds', 'unknownValue');
    }
    if (type.kind !== 'jobTrack' && (body.steps?.length || body.partnerEmployerIds?.length)) throw bad('steps', 'unknown');
    const violations = checkPlacementRules(type.rules(), {
      kind: p.kind, startDate: p.startDate, endDate: p.endDate, hoursPerWeek: p.hoursPerWeek, fitsSfiMorning: p.fitsSfiMorning,
      fitsSfiAfternoon: p.fitsSfiAfternoon, hasSupervisor: p.supervisorId !== null, employerSector: employer.sector,
    });
    if (violations.length) {
      const [first] = violations;
      throw new AppError(PLACEMENT_RULE_ERRORS[first.rule], first.params, {}, violations.map((v) => ({ field: `rule:${v.rule}`, problem: 'format' })));
    }
  }

  private apply(p: Placement, body: PlacementFields): void {
    const simple = ['title', 'description', 'ssykCode', 'occupationNameId', 'requiredSkills', 'niceSkills', 'minSfiCourse', 'helpfulLanguages', 'licences', 'siteId', 'days', 'hoursPerWeek', 'startDate', 'endDate', 'fitsSfiMorning', 'fitsSfiAfternoon', 'seats', 'supervisorId', 'contactUserId'] as const;
    for (const key of simple) if (body[key] !== undefined) (p as unknown as Record<string, unknown>)[key] = body[key];
    if (body.translations !== undefined) p.translations = { ...(p.translations ?? {}), ...JSON.parse(JSON.stringify(body.translations)) };
  }

  private async writeJobTrack(m: EntityManager, placementId: string, body: PlacementFields): Promise<void> {
    if (body.steps) {
      await m.delete(JobTrackStep, { placementId });
      if (body.steps.length) await m.insert(JobTrackStep, body.steps.map((s, i) => ({ placementId, position: i + 1, stepKind: s.stepKind, title: s.title, weeks: s.weeks ?? null })));
    }
    if (body.partnerEmployerIds) {
      await m.delete(JobTrackPartner, { placementId });
      const ids = [...new Set(body.partnerEmployerIds)];
      if (ids.length) await m.insert(JobTrackPartner, ids.map((employerId) => ({ placementId, employerId })));
    }
  }

  async create(caller: AuthUser, body: CreatePlacementBody, locale: Locale = 'sv') {
    const missing = REQUIRED_ON_CREATE.filter((k) => body[k] === undefined);
    if (missing.length) throw new AppError('VALIDATION_FAILED', {}, {}, missing.map((field) => ({ field, problem: 'required' })));
    const id = await this.ds.transaction(async (m) => {
      const employer = await this.writableEmployer(m, caller, body.employerId);
      const type = await this.types.effective(m, caller.tenantCode, body.typeCode);
      if (!type) throw new AppError('PLACEMENT_TYPE_NOT_AVAILABLE', {}, {}, [{ field: 'typeCode', problem: 'unknownValue' }]);
      const p = m.getRepository(Placement).create({
        tenantCode: caller.tenantCode, employerId: employer.id, typeId: type.id, kind: type.kind, description: '', translations: {},
        ssykCode: null, occupationNameId: null, requiredSkills: [], niceSkills: [], minSfiCourse: null, helpfulLanguages: [], licences: [],
        siteId: null, days: ['mon', 'tue', 'wed', 'thu', 'fri'], endDate: null, fitsSfiMorning: false, fitsSfiAfternoon: false,
        supervisorId: null, status: body.status ?? 'draft', contactUserId: caller.role === 'employer' ? caller.id : null,
      });
      this.apply(p, body);
      await this.check(m, employer, type, p, body);
      const saved = await m.getRepository(Placement).save(p);
      await this.writeJobTrack(m, saved.id, body);
      await this.searchSync.enqueue(m, 'placements', [saved.id]);
      return saved.id;
    });
    this.searchSync.wake();
    return this.detail(caller, id, locale);
  }

  async update(caller: AuthUser, id: string, body: UpdatePlacementBody, locale: Locale = 'sv') {
    await this.ds.transaction(async (m) => {
      const p = await this.forCaller(m, caller, id, 'write', true);
      const employer = await m.getRepository(Employer).findOneByOrFail({ id: p.employerId });
      const type = await this.types.byId(m, p.typeId);
      const supervisorBefore = p.supervisorId;
      this.apply(p, body);
      await this.check(m, employer, type, p, body);
      await this.checkAgreedStillFit(m, p, supervisorBefore);
      await m.getRepository(Placement).save(p);
      await this.writeJobTrack(m, p.id, body);
      await this.searchSync.enqueue(m, 'placements', [p.id]);
    });
    this.searchSync.wake();
    return this.detail(caller, id, locale);
  }

  /**
   * The learners already agreed or started here keep their places: fewer seats than them, or a new
   * supervisor without room for them, is refused. The placement's row is locked (forCaller), then
   * the new supervisor's, in the order an agreement takes them (MatchingService.lockedRoom).
   */
  private async checkAgreedStillFit(m: EntityManager, p: Placement, supervisorBefore: string | null): Promise<void> {
    const newSupervisor = p.supervisorId !== null && p.supervisorId !== supervisorBefore ? p.supervisorId : null;
    const [{ taken }] = await m.query(`SELECT ${TAKEN} AS taken FROM placement p WHERE p.id = $1`, [p.id]);
    if (taken === 0) return;
    if (p.seats < taken) throw new AppError('SEATS_TAKEN', { taken }, {}, [{ field: 'seats', problem: 'tooSmall' }]);
    if (!newSupervisor) return;
    // Locked first, counted after: the count then sees every agreement committed before the lock.
    await m.query(`SELECT 1 FROM supervisor WHERE id = $1 FOR UPDATE`, [newSupervisor]);
    const [room] = await m.query(`SELECT ${SUPERVISOR_LEFT} AS "left" FROM supervisor sv WHERE sv.id = $1`, [newSupervisor]);
    if (room.left < taken) throw new AppError('SUPERVISOR_NO_ROOM', { taken }, {}, [{ field: 'supervisorId', problem: 'tooSmall' }]);
  }

  async setStatus(caller: AuthUser, id: string, status: PlacementStatus, locale: Locale = 'sv') {
    await this.ds.transaction(async (m) => {
      const p = await this.forCaller(m, caller, id, 'write', true);
      if (p.status === status) return;
      if (!STATUS_TRANSITIONS[p.status].includes(status)) throw new AppError('STATUS_CHANGE_NOT_ALLOWED', { from: p.status, to: status });
      await m.getRepository(Placement).update({ id }, { status });
      await this.searchSync.enqueue(m, 'placements', [id]);
    });
    this.searchSync.wake();
    return this.detail(caller, id, locale);
  }

  async detail(caller: AuthUser, id: string, locale: Locale = 'sv') {
    const p = await this.forCaller(this.ds.manager, caller, id, 'read');
    const owner = caller.role === 'admin' || caller.role === 'coach' || p.employerId === caller.employerId;
    const [row] = await this.ds.query(
      `SELECT t.code AS "typeCode", t.name_sv AS "typeNameSv", t.name_en AS "typeNameEn", t.name_ar AS "typeNameAr", t.paid,
              e.name AS "employerName", e.status AS "employerStatus",
              s.name AS "siteName", s.place_label AS "placeLabel", s.street_address AS "streetAddress", s.lat, s.lon,
              g.name_sv AS "ssykName", n.name_sv AS "occupationName"
         FROM placement p JOIN placement_type t ON t.id = p.type_id JOIN employer e ON e.id = p.employer_id
         LEFT JOIN employer_site s ON s.id = p.site_id LEFT JOIN ref_ssyk_group g ON g.code = p.ssyk_code
         LEFT JOIN ref_occupation_name n ON n.concept_id = p.occupation_name_id
        WHERE p.id = $1`,
      [id],
    );
    const steps = p.kind === 'jobTrack' ? await this.ds.getRepository(JobTrackStep).find({ where: { placementId: id }, order: { position: 'ASC' } }) : [];
    const partners = p.kind === 'jobTrack' ? await this.ds.query(`SELECT e.id, e.name FROM job_track_partner j JOIN employer e ON e.id = j.employer_id WHERE j.placement_id = $1 ORDER BY e.name`, [id]) : [];
    return {
      id: p.id, kind: p.kind, status: p.status, title: p.title, description: p.description, translations: p.translations,
      type: { code: row.typeCode, name: { sv: row.typeNameSv, en: row.typeNameEn, ar: row.typeNameAr }, paid: row.paid },
      employer: { id: p.employerId, name: row.employerName, ...(owner && { status: row.employerStatus }) },
      site: p.siteId ? { id: p.siteId, name: row.siteName, placeLabel: row.placeLabel, streetAddress: row.streetAddress, lat: row.lat, lon: row.lon } : null,
      ssyk: p.ssykCode, occupation: occupationIn(locale, p.ssykCode, row.occupationName ?? row.ssykName ?? null), occupationSv: row.occupationName ?? row.ssykName ?? null,
      occupationNameId: p.occupationNameId, labels: await this.labels(p),
      requiredSkills: p.requiredSkills, niceSkills: p.niceSkills, minSfiCourse: p.minSfiCourse, helpfulLanguages: p.helpfulLanguages, licences: p.licences,
      days: p.days, hoursPerWeek: p.hoursPerWeek, startDate: p.startDate, endDate: p.endDate, fitsSfiMorning: p.fitsSfiMorning, fitsSfiAfternoon: p.fitsSfiAfternoon,
      seats: p.seats, supervisorId: owner ? p.supervisorId : undefined, contactUserId: owner ? p.contactUserId : undefined,
      steps: steps.map((s) => ({ position: s.position, stepKind: s.stepKind, title: s.title, weeks: s.weeks })), partners,
      updatedAt: p.updatedAt.toISOString(),
    };
  }

  /** Swedish labels for the concept ids a placement names, so a page needs no extra look-ups. */
  private async labels(p: Placement): Promise<{ skills: Record<string, string>; languages: Record<string, string> }> {
    const skillIds = [...p.requiredSkills, ...p.niceSkills];
    const [skills, languages] = await Promise.all([
      skillIds.length ? this.ds.query(`SELECT concept_id AS id, label_sv AS label FROM ref_skill WHERE concept_id = ANY($1::text[])`, [skillIds]) : [],
      p.helpfulLanguages.length ? this.ds.query(`SELECT concept_id AS id, label_sv AS label FROM ref_language WHERE concept_id = ANY($1::text[])`, [p.helpfulLanguages]) : [],
    ]);
    const map = (rows: { id: string; label: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.label]));
    return { skills: map(skills), languages: map(languages) };
  }

  /** From PostgreSQL, so a writer sees their own change at once (the search index follows within seconds). */
  async list(caller: AuthUser, q: PlacementListQuery) {
    const where = ['p.tenant_code = $1'];
    const params: unknown[] = [caller.tenantCode];
    if (caller.role === 'employer') where.push(`p.employer_id = $${params.push(caller.employerId)}`);
    else if (q.employerId) where.push(`p.employer_id = $${params.push(q.employerId)}`);
    if (q.status) where.push(`p.status = $${params.push(q.status)}`);
    if (q.kind) where.push(`p.kind = $${params.push(q.kind)}`);
    const sql = `FROM placement p JOIN placement_type t ON t.id = p.type_id JOIN employer e ON e.id = p.employer_id LEFT JOIN employer_site s ON s.id = p.site_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total ${sql}`, params);
    const items = await this.ds.query(
      `SELECT p.id, p.kind, p.title, p.status, t.code AS type, p.ssyk_code AS ssyk, e.id AS "employerId", e.name AS "employerName",
              s.place_label AS place, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate",
              p.seats, p.hours_per_week AS "hoursPerWeek", p.updated_at AS "updatedAt"
         ${sql} ORDER BY p.updated_at DESC, p.id LIMIT $${params.push(q.limit)} OFFSET $${params.push(q.offset)}`,
      params,
    );
    return { items, total, limit: q.limit, offset: q.offset };
  }
}
