import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { normaliseOrganisationNumber, type Locale, type TokenPair } from '@jobbrygga/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { Clock } from '../clock/clock';
import { MailOutbox } from '../mail/outbox.service';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/secrets';
import { User } from '../users/user.entity';
import { Employer } from '../users/employer.entity';
import { requireReferences } from '../reference/reference-checks';
import { escapeLike } from '../reference/text-search';
import { SearchSync } from '../search/search-sync.service';
import { EmployerSite } from './site.entity';
import { Supervisor } from './supervisor.entity';
import type { DecisionBody, EmployerListQuery, RegisterEmployerBody, SiteBody, SupervisorBody, UpdateEmployerBody } from './dto';

export interface EmployerView {
  id: string;
  name: string;
  organisationNumber: string | null;
  sector: string;
  municipalOwn: boolean;
  occupationFields: string[];
  description: string | null;
  status: string;
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

function view(e: Employer): EmployerView {
  return {
    id: e.id, name: e.name, organisationNumber: e.organisationNumber, sector: e.sector, municipalOwn: e.municipalOwn,
    occupationFields: e.occupationFields, description: e.description, status: e.status, decisionReason: e.decisionReason,
    decidedAt: e.decidedAt?.toISOString() ?? null, createdAt: e.createdAt.toISOString(),
  };
}

const siteView = (s: EmployerSite) => ({ id: s.id, name: s.name, streetAddress: s.streetAddress, postalCode: s.postalCode, placeId: s.placeId, placeLabel: s.placeLabel, municipalityCode: s.municipalityCode, lat: s.lat, lon: s.lon });
const supervisorView = (s: Supervisor) => ({ id: s.id, name: s.name, languages: s.languages, capacity: s.capacity, trained: s.trained });

@Injectable()
export class EmployersService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
    private readonly searchSync: SearchSync,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The employer if the caller may see it: staff of its municipality, or its own contacts. Otherwise 404. */
  async forCaller(caller: AuthUser, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Employer> {
    const e = await m.getRepository(Employer).findOne({ where: { id, tenantCode: caller.tenantCode }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!e) throw notFound();
    if (caller.role === 'employer' && caller.employerId !== e.id) throw notFound();
    if (caller.role === 'newcomer') throw notFound();
    return e;
  }

  async register(body: RegisterEmployerBody): Promise<{ employerId: string; status: string }> {
    const orgnr = normaliseOrganisationNumber(body.organisationNumber);
    if (!orgnr) throw new AppError('ORGANISATION_NUMBER_INVALID', {}, {}, [{ field: 'organisationNumber', problem: 'format' }]);
    const hash = await hashPassword(body.password, this.config.passwordHashMemoryKiB);
    const result = await this.ds.transaction(async (m) => {
      const [tenant] = await m.query(`SELECT code, name FROM tenant WHERE code = $1`, [body.municipalityCode]);
      if (!tenant) throw new AppError('MUNICIPALITY_NOT_SERVED');
      await requireReferences(m, 'occupationFields', 'occupationField', body.occupationFields);
      if (await m.getRepository(User).exists({ where: { email: body.email } })) throw new AppError('EMAIL_TAKEN');
      if (await m.getRepository(Employer).exists({ where: { tenantCode: tenant.code, organisationNumber: orgnr } })) throw new AppError('ORGANISATION_EXISTS');
      const employer = await m.getRepository(Employer).save(
        m.getRepository(Employer).create({
          tenantCode: tenant.code, name: body.name, organisationNumber: orgnr, sector: body.sector, municipalOwn: body.municipalOwn,
          occupationFields: body.occupationFields, description: body.description ?? null, status: 'unverified',
        }),
      );
      const user = await m.getRepository(User).save(
        m.getRepository(User).create({
          tenantCode: tenant.code, email: body.email, passwordHash: hash, role: 'employer', displayName: body.contactName,
          locale: body.locale, employerId: employer.id,
        }),
      );
      const token = await this.auth.createOneTimeToken(m, user.id, 'email_verification', this.config.invitationTtlHours * 3600_000, null);
      await this.outbox.enqueue(m, {
        to: user.email, tenantCode: tenant.code, template: 'verify-email', locale: body.locale,
        params: { name: user.displayName, organisation: employer.name, municipality: tenant.name, hours: String(this.config.invitationTtlHours), link: `${this.config.publicUrl}/verify-email/${token}` },
      });
      return { employerId: employer.id, status: employer.status };
    });
    this.outbox.wake();
    return result;
  }

  /** Confirms the first contact's address; the registration then waits for the municipality. Logs the contact in. */
  async verifyEmail(token: string): Promise<TokenPair> {
    const pair = await this.ds.transaction(async (m) => {
      const link = await this.auth.checkLink(m, token, 'email_verification');
      const user = await m.getRepository(User).findOneByOrFail({ id: link.userId });
      await this.auth.markLinkUsed(m, link.id);
      await m.getRepository(User).update({ id: user.id }, { activatedAt: this.clock.now() });
      if (user.employerId) {
        const employer = await m.getRepository(Employer).findOneByOrFail({ id: user.employerId });
        if (employer.status === 'unverified') {
          await m.getRepository(Employer).update({ id: employer.id }, { status: 'pending' });
          const [tenant] = await m.query(`SELECT name FROM tenant WHERE code = $1`, [employer.tenantCode]);
          const admins = await m.getRepository(User).find({ where: { tenantCode: employer.tenantCode, role: 'admin', active: true } });
          for (const admin of admins) {
            await this.outbox.enqueue(m, {
              to: admin.email, tenantCode: employer.tenantCode, template: 'employer-registered', locale: admin.locale,
              params: { name: admin.displayName, organisation: employer.name, municipality: tenant.name, link: `${this.config.publicUrl}/staff/employers/${employer.id}` },
            });
          }
        }
      }
      return this.auth.issueTokens({ ...user, activatedAt: this.clock.now() }, m);
    });
    this.outbox.wake();
    return pair;
  }

  async list(caller: AuthUser, q: EmployerListQuery) {
    const where = ['e.tenant_code = $1'];
    const params: unknown[] = [caller.tenantCode];
    if (q.sector) where.push(`e.sector = $${params.push(q.sector)}`);
    if (q.municipalOwn) where.push(`e.municipal_own = $${params.push(q.municipalOwn === 'true')}`);
    if (q.q) {
      const like = `%${escapeLike(q.q)}%`;
      where.push(`(e.name ILIKE $${params.push(like)} OR e.organisation_number LIKE $${params.length})`);
    }
    // Counts per status with the other filters, for the tabs of an approvals queue.
    const countRows: { status: string; n: number }[] = await this.ds.query(`SELECT e.status, count(*)::int AS n FROM employer e WHERE ${where.join(' AND ')} GROUP BY e.status`, params);
    const counts = { unverified: 0, pending: 0, approved: 0, rejected: 0, ...Object.fromEntries(countRows.map((r) => [r.status, r.n])) };
    if (q.status) where.push(`e.status = $${params.push(q.status)}`);
    const sql = `FROM employer e WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total ${sql}`, params);
    const rows = await this.ds.query(
      `SELECT e.id, e.name, e.organisation_number AS "organisationNumber", e.sector, e.municipal_own AS "municipalOwn", e.status,
              e.created_at AS "createdAt",
              (SELECT count(*)::int FROM placement p WHERE p.employer_id = e.id AND p.status = 'open') AS "openPlacements",
              (SELECT string_agg(DISTINCT s.place_label, ', ') FROM employer_site s WHERE s.employer_id = e.id) AS places
         ${sql} ORDER BY (e.status = 'pending') DESC, e.name LIMIT $${params.push(q.limit)} OFFSET $${params.push(q.offset)}`,
      params,
    );
    return { items: rows.map((r: { createdAt: Date }) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })), total, counts, limit: q.limit, offset: q.offset };
  }

  async detail(caller: AuthUser, id: string) {
    const e = await this.forCaller(caller, id);
    const [sites, supervisors, contacts] = await Promise.all([
      this.ds.getRepository(EmployerSite).find({ where: { employerId: id }, order: { name: 'ASC' } }),
      this.ds.getRepository(Supervisor).find({ where: { employerId: id }, order: { name: 'ASC' } }),
      this.ds.getRepository(User).find({ where: { employerId: id }, order: { displayName: 'ASC' } }),
    ]);
    return {
      ...view(e),
      sites: sites.map(siteView),
      supervisors: supervisors.map(supervisorView),
      contacts: contacts.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, active: u.active, activated: u.activatedAt !== null })),
    };
  }

  /** Rewrites the search documents of an employer's placements (name, approval and sites show in them). */
  private async reindexPlacements(m: EntityManager, employerId: string): Promise<void> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM placement WHERE employer_id = $1`, [employerId]);
    await this.searchSync.enqueue(m, 'placements', rows.map((r) => r.id));
  }

  async update(caller: AuthUser, id: string, body: UpdateEmployerBody): Promise<EmployerView> {
    if (body.municipalOwn !== undefined && caller.role === 'employer') throw new AppError('FORBIDDEN');
    const updated = await this.ds.transaction(async (m) => {
      const e = await this.forCaller(caller, id, m, true);
      if (body.occupationFields) await requireReferences(m, 'occupationFields', 'occupationField', body.occupationFields);
      const patch: Partial<Employer> = {};
      if (body.name !== undefined) patch.name = body.name;
      if (body.sector !== undefined) patch.sector = body.sector;
      if (body.municipalOwn !== undefined) patch.municipalOwn = body.municipalOwn;
      if (body.occupationFields !== undefined) patch.occupationFields = body.occupationFields;
      if (body.description !== undefined) patch.description = body.description;
      if (Object.keys(patch).length) {
        await m.getRepository(Employer).update({ id }, patch);
        await this.reindexPlacements(m, id);
      }
      return { ...e, ...patch } as Employer;
    });
    this.searchSync.wake();
    return view(updated);
  }

  /** Approve or reject (with a reason); an approval can later be withdrawn by rejecting. Both sides are told. */
  async decide(caller: AuthUser, id: string, body: DecisionBody): Promise<EmployerView> {
    if (body.decision === 'reject' && !body.reason) throw new AppError('VALIDATION_FAILED', {}, {}, [{ field: 'reason', problem: 'required' }]);
    const updated = await this.ds.transaction(async (m) => {
      const e = await this.forCaller(caller, id, m, true);
      if (e.status === 'unverified') throw new AppError('NOT_READY_FOR_DECISION');
      const next = body.decision === 'approve' ? 'approved' : 'rejected';
      if (e.status === next) throw new AppError('ALREADY_DECIDED');
      const now = this.clock.now();
      await m.getRepository(Employer).update({ id }, { status: next, decisionReason: body.reason ?? null, decidedBy: caller.id, decidedAt: now });
      await this.reindexPlacements(m, id);
      const [tenant] = await m.query(`SELECT name FROM tenant WHERE code = $1`, [e.tenantCode]);
      const contacts = await m.getRepository(User).find({ where: { employerId: id, active: true } });
      for (const c of contacts) {
        await this.outbox.enqueue(m, {
          to: c.email, tenantCode: e.tenantCode, template: next === 'approved' ? 'employer-approved' : 'employer-rejected', locale: c.locale as Locale,
          params: { name: c.displayName, organisation: e.name, municipality: tenant.name, reason: body.reason ?? '', link: `${this.config.publicUrl}/login` },
        });
      }
      await this.audit.record(caller, `employer.${body.decision}`, 'employer', id, undefined, m);
      return { ...e, status: next, decisionReason: body.reason ?? null, decidedAt: now } as Employer;
    });
    this.outbox.wake();
    this.searchSync.wake();
    return view(updated);
  }

  private async place(m: EntityManager, placeId: string) {
    const [place] = await m.query(`SELECT id, label, municipality_code AS "municipalityCode", lat, lon FROM ref_place WHERE id = $1`, [placeId]);
    if (!place) throw new AppError('UNKNOWN_REFERENCE', { field: 'placeId' }, {}, [{ field: 'placeId', problem: 'unknownValue' }]);
    return place as { id: string; label: string; municipalityCode: string; lat: number | null; lon: number | null };
  }

  async addSite(caller: AuthUser, employerId: string, body: SiteBody) {
    return this.ds.transaction(async (m) => {
      const e = await this.forCaller(caller, employerId, m);
      const place = await this.place(m, body.placeId);
      const site = await m.getRepository(EmployerSite).save(
        m.getRepository(EmployerSite).create({
          tenantCode: e.tenantCode, employerId, name: body.name, streetAddress: body.streetAddress ?? null, postalCode: body.postalCode ?? null,
          placeId: place.id, placeLabel: place.label, municipalityCode: place.municipalityCode, lat: place.lat, lon: place.lon,
        }),
      );
      return siteView(site);
    });
  }

  async updateSite(caller: AuthUser, employerId: string, siteId: string, body: SiteBody) {
    const result = await this.ds.transaction(async (m) => {
      await this.forCaller(caller, employerId, m);
      const site = await m.getRepository(EmployerSite).findOneBy({ id: siteId, employerId });
      if (!site) throw notFound();
      const place = await this.place(m, body.placeId);
      Object.assign(site, { name: body.name, streetAddress: body.streetAddress ?? null, postalCode: body.postalCode ?? null, placeId: place.id, placeLabel: place.label, municipalityCode: place.municipalityCode, lat: place.lat, lon: place.lon });
      await m.getRepository(EmployerSite).save(site);
      const rows: { id: string }[] = await m.query(`SELECT id FROM placement WHERE site_id = $1`, [siteId]);
      await this.searchSync.enqueue(m, 'placements', rows.map((r) => r.id));
      return siteView(site);
    });
    this.searchSync.wake();
    return result;
  }

  async listSites(caller: AuthUser, employerId: string) {
    await this.forCaller(caller, employerId);
    return { items: (await this.ds.getRepository(EmployerSite).find({ where: { employerId }, order: { name: 'ASC' } })).map(siteView) };
  }

  async addSupervisor(caller: AuthUser, employerId: string, body: SupervisorBody) {
    return this.ds.transaction(async (m) => {
      const e = await this.forCaller(caller, employerId, m);
      await requireReferences(m, 'languages', 'language', body.languages);
      const s = await m.getRepository(Supervisor).save(
        m.getRepository(Supervisor).create({ tenantCode: e.tenantCode, employerId, name: body.name, languages: body.languages, capacity: body.capacity, trained: body.trained }),
      );
      return supervisorView(s);
    });
  }

  async updateSupervisor(caller: AuthUser, employerId: string, supervisorId: string, body: SupervisorBody) {
    return this.ds.transaction(async (m) => {
      await this.forCaller(caller, employerId, m);
      const s = await m.getRepository(Supervisor).findOneBy({ id: supervisorId, employerId });
      if (!s) throw notFound();
      await requireReferences(m, 'languages', 'language', body.languages);
      Object.assign(s, { name: body.name, languages: body.languages, capacity: body.capacity, trained: body.trained });
      return supervisorView(await m.getRepository(Supervisor).save(s));
    });
  }

  async listSupervisors(caller: AuthUser, employerId: string) {
    await this.forCaller(caller, employerId);
    return { items: (await this.ds.getRepository(Supervisor).find({ where: { employerId }, order: { name: 'ASC' } })).map(supervisorView) };
  }
}
