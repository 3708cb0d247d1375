import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { Role } from '@jobbrygga/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, notFound } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { Tenant } from '../tenants/tenant.entity';
import { MailOutbox } from '../mail/outbox.service';
import { AuthService } from '../auth/auth.service';
import { RefreshToken } from '../auth/token.entities';
import { AuditService } from '../audit/audit.service';
import { User } from './user.entity';
import { UsersRepository, type UserFilter } from './users.repository';
import { UserSummary } from './user.view';
import type { InviteBody } from './dto';

/** Which roles a caller may invite: admins invite staff, coaches newcomers, employer contacts their colleagues. */
const INVITABLE: Partial<Record<Role, Role[]>> = { admin: ['admin', 'coach'], coach: ['newcomer'], employer: ['employer'] };

@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersRepository,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly auth: AuthService,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * What a caller may see: admins everyone in their municipality, coaches newcomers, employer
   * contacts the colleagues of their own organisation.
   */
  private visibleTo(caller: AuthUser): UserFilter {
    if (caller.role === 'admin') return {};
    if (caller.role === 'employer') return { roles: ['employer'], employerId: caller.employerId ?? '00000000-0000-0000-0000-000000000000' };
    return { roles: ['newcomer'] };
  }

  async list(caller: AuthUser, role: Role | undefined, limit: number, offset: number) {
    const filter = this.visibleTo(caller);
    if (role) filter.roles = filter.roles ? filter.roles.filter((r) => r === role) : [role];
    if (filter.roles?.length === 0) return { items: [], total: 0, limit, offset };
    const [rows, total] = await this.users.listInTenant(caller.tenantCode, filter, limit, offset);
    return { items: rows.map((u) => UserSummary.of(u)), total, limit, offset };
  }

  async get(caller: AuthUser, id: string, requestId?: string): Promise<UserSummary> {
    const user = await this.users.findInTenant(caller.tenantCode, id, this.visibleTo(caller));
    if (!user) throw notFound();
    if (user.role === 'newcomer') await this.audit.record(caller, 'profile.read', 'user', user.id, requestId);
    return UserSummary.of(user);
  }

  async invite(caller: AuthUser, body: InviteBody): Promise<UserSummary> {
    if (!INVITABLE[caller.role]?.includes(body.role)) throw new AppError('ROLE_NOT_ALLOWED');
    const tenant = await this.tenants.findOneByOrFail({ code: caller.tenantCode });
    const created = await this.ds.transaction(async (m) => {
      if (await this.users.emailExists(body.email, m)) throw new AppError('EMAIL_TAKEN');
      const user = await m.getRepository(User).save(
        m.getRepository(User).create({
          tenantCode: caller.tenantCode,
          email: body.email,
          role: body.role,
          displayName: body.displayName,
          locale: body.locale,
          invitedBy: caller.id,
          coachId: body.role === 'newcomer' && caller.role === 'coach' ? caller.id : null,
          // A colleague joins the inviting contact's own organisation.
          employerId: body.role === 'employer' ? caller.employerId : null,
        }),
      );
      const ttlMs = this.config.invitationTtlHours * 3600_000;
      const token = await this.auth.createOneTimeToken(m, user.id, 'invitation', ttlMs, caller.id);
      await this.outbox.enqueue(m, {
        to: user.email,
        tenantCode: caller.tenantCode,
        template: 'invitation',
        locale: body.locale,
        params: { name: user.displayName, municipality: tenant.name, hours: String(this.config.invitationTtlHours), link: `${this.config.publicUrl}/invitation/${token}` },
      });
      await this.audit.record(caller, 'user.invite', 'user', user.id, undefined, m);
      return user;
    });
    this.outbox.wake();
    return UserSummary.of(created);
  }

  async setActive(caller: AuthUser, id: string, active: boolean): Promise<UserSummary> {
    if (id === caller.id && !active) throw new AppError('CANNOT_DEACTIVATE_SELF');
    return this.ds.transaction(async (m) => {
      const user = await m.getRepository(User).findOne({ where: { id, tenantCode: caller.tenantCode }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound();
      if (user.active !== active) {
        // Raising the token version makes every token of this account stop working at once.
        await m.getRepository(User).update({ id }, { active, tokenVersion: user.tokenVersion + 1 });
        if (!active) await m.getRepository(RefreshToken).update({ userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
        await this.audit.record(caller, active ? 'user.reactivate' : 'user.deactivate', 'user', id, undefined, m);
      }
      return UserSummary.of({ ...user, active });
    });
  }
}
