import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import { STAFF_ROLES, type Locale, type Me, type TokenPair } from '@jobbrygga/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import type { AuthUser } from '../common/request-context';
import { Clock } from '../clock/clock';
import { Tenant } from '../tenants/tenant.entity';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { MailOutbox } from '../mail/outbox.service';
import { OneTimeToken, RefreshToken, type OneTimePurpose } from './token.entities';
import { AuthLimits } from './auth-limits';
import { hashPassword, newOpaqueToken, sha256, verifyPassword } from './secrets';
import { generateTotpSecret, otpauthUrl, verifyTotp } from './totp';

export interface AccessClaims {
  sub: string;
  tid: string;
  role: string;
  /** Token version: raised on deactivation and password change, invalidating older tokens. */
  tv: number;
}

@Injectable()
export class AuthService {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly ds: DataSource,
    private readonly users: UsersRepository,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    private readonly jwt: JwtService,
    private readonly limits: AuthLimits,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
  }

  /** Compared against when the account does not exist, so timing does not reveal which e-mails exist. */
  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword('no-such-account', this.config.passwordHashMemoryKiB);
    return this.dummyHash;
  }

  private tooMany(seconds: number): AppError {
    return new AppError('TOO_MANY_ATTEMPTS', { seconds }, { 'Retry-After': String(seconds) });
  }

  async login(email: string, password: string, totpCode: string | undefined, ip: string): Promise<TokenPair> {
    const now = Date.now();
    const accountKey = email.toLowerCase();
    const wait = Math.max(this.limits.failedLoginsPerAccount.blockedFor(accountKey, now), this.limits.failedLoginsPerIp.blockedFor(ip, now));
    if (wait > 0) throw this.tooMany(wait);

    const user = await this.users.findByEmailWithSecrets(accountKey);
    const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await this.dummy())) && false;
    if (!user || !ok) {
      this.limits.failedLoginsPerAccount.fail(accountKey, now);
      this.limits.failedLoginsPerIp.fail(ip, now);
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (!user.active) throw new AppError('ACCOUNT_INACTIVE');
    if (!user.activatedAt) throw new AppError('EMAIL_NOT_VERIFIED');
    if (user.totpEnabled) {
      if (!totpCode) throw new AppError('TOTP_REQUIRED');
      if (!verifyTotp(user.totpSecret ?? '', totpCode, this.clock.now().getTime())) {
        this.limits.failedLoginsPerAccount.fail(accountKey, now);
        this.limits.failedLoginsPerIp.fail(ip, now);
        throw new AppError('TOTP_INVALID');
      }
    }
    this.limits.failedLoginsPerAccount.clear(accountKey);
    await this.ds.getRepository(User).update({ id: user.id }, { lastLoginAt: this.clock.now() });
    return this.issueTokens(user);
  }

  private async totpSetupRequired(user: Pick<User, 'tenantCode' | 'role' | 'totpEnabled'>): Promise<boolean> {
    if (user.totpEnabled || !STAFF_ROLES.includes(user.role)) return false;
    const tenant = await this.tenants.findOneBy({ code: user.tenantCode });
    return tenant?.requireTotpForStaff ?? false;
  }

  async issueTokens(user: User, manager?: EntityManager): Promise<TokenPair> {
    const claims: AccessClaims = { sub: user.id, tid: user.tenantCode, role: user.role, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    const refreshToken = newOpaqueToken();
    await (manager ?? this.ds.manager).insert(RefreshToken, {
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86400_000),
    });
    const pair: TokenPair = { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds };
    if (await this.totpSetupRequired(user)) pair.totpSetupRequired = true;
    return pair;
  }

  /** Exchanges a refresh token for a new pair; each refresh token works once. */
  async refresh(token: string): Promise<TokenPair> {
    const outcome = await this.ds.transaction(async (m): Promise<TokenPair | 'invalid'> => {
      const row = await m.getRepository(RefreshToken).findOne({ where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (!row) return 'invalid';
      if (row.revokedAt) {
        // A used refresh token came back: it may have been stolen. End every session of the account.
        // (Committed, not thrown: the revocation must survive the refusal.)
        await m.getRepository(RefreshToken).update({ userId: row.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return 'invalid';
      }
      if (row.expiresAt.getTime() < Date.now()) return 'invalid';
      const user = await m.getRepository(User).findOneBy({ id: row.userId });
      if (!user || !user.active) return 'invalid';
      await m.getRepository(RefreshToken).update({ id: row.id }, { revokedAt: new Date() });
      return this.issueTokens(user, m);
    });
    if (outcome === 'invalid') throw new AppError('TOKEN_INVALID');
    return outcome;
  }

  async logout(token: string): Promise<void> {
    await this.refreshTokens.update({ tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async me(caller: AuthUser): Promise<Me> {
    const user = await this.users.findForAuth(caller.id);
    const tenant = await this.tenants.findOneBy({ code: caller.tenantCode });
    if (!user || !tenant) throw new AppError('TOKEN_INVALID');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
      municipality: { code: tenant.code, name: tenant.name },
      employerId: user.employerId,
      totpEnabled: user.totpEnabled,
      totpSetupRequired: caller.totpSetupRequired,
    };
  }

  async updateMe(caller: AuthUser, patch: { locale?: Locale; displayName?: string }): Promise<Me> {
    if (patch.locale !== undefined || patch.displayName !== undefined) {
      await this.users.update(caller.id, caller.tenantCode, { ...(patch.locale && { locale: patch.locale }), ...(patch.displayName && { displayName: patch.displayName }) });
    }
    return this.me({ ...caller, locale: patch.locale ?? caller.locale });
  }

  /** Creates a one-time link token within the caller's transaction and returns the raw token. */
  async createOneTimeToken(m: EntityManager, userId: string, purpose: OneTimePurpose, ttlMs: number, createdBy: string | null): Promise<string> {
    const token = newOpaqueToken();
    // Only the newest link of a kind works.
    await m.getRepository(OneTimeToken).update({ userId, purpose, usedAt: IsNull() }, { usedAt: this.clock.now() });
    await m.insert(OneTimeToken, { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(this.clock.now().getTime() + ttlMs), createdBy });
    return token;
  }

  /** The one-time link row if it is known, unused and not expired; else LINK_INVALID / LINK_USED / LINK_EXPIRED. */
  async checkLink(m: EntityManager | undefined, token: string, purpose: OneTimePurpose): Promise<OneTimeToken> {
    const repo = (m ?? this.ds.manager).getRepository(OneTimeToken);
    const row = await repo.findOne({ where: { tokenHash: sha256(token), purpose }, ...(m && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!row) throw new AppError('LINK_INVALID');
    if (row.usedAt) throw new AppError('LINK_USED');
    if (row.expiresAt.getTime() < this.clock.now().getTime()) throw new AppError('LINK_EXPIRED');
    return row;
  }

  async markLinkUsed(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(OneTimeToken).update({ id }, { usedAt: this.clock.now() });
  }

  async inspectInvitation(token: string): Promise<{ email: string; role: string; displayName: string; municipality: { code: string; name: string } }> {
    const link = await this.checkLink(undefined, token, 'invitation');
    const user = await this.users.findForAuth(link.userId);
    const tenant = user && (await this.tenants.findOneBy({ code: user.tenantCode }));
    if (!user || !tenant || !user.active) throw new AppError('LINK_INVALID');
    return { email: user.email, role: user.role, displayName: user.displayName, municipality: { code: tenant.code, name: tenant.name } };
  }

  async acceptInvitation(token: string, password: string): Promise<TokenPair> {
    const hash = await hashPassword(password, this.config.passwordHashMemoryKiB);
    return this.ds.transaction(async (m) => {
      const link = await this.checkLink(m, token, 'invitation');
      const user = await m.getRepository(User).findOneBy({ id: link.userId });
      if (!user || !user.active) throw new AppError('LINK_INVALID');
      await m.getRepository(OneTimeToken).update({ id: link.id }, { usedAt: this.clock.now() });
      await m.getRepository(User).update({ id: user.id }, { passwordHash: hash, activatedAt: this.clock.now(), lastLoginAt: this.clock.now() });
      return this.issueTokens(user, m);
    });
  }

  async requestPasswordReset(email: string): Promise<void> {
    const key = email.toLowerCase();
    const now = Date.now();
    // Always the same answer: whether the address has an account is not revealed.
    if (this.limits.resetRequests.blockedFor(key, now) > 0) return;
    this.limits.resetRequests.fail(key, now);
    const user = await this.users.findByEmailWithSecrets(key);
    if (!user || !user.active || !user.passwordHash) return;
    const tenant = await this.tenants.findOneByOrFail({ code: user.tenantCode });
    await this.ds.transaction(async (m) => {
      const ttlMs = this.config.passwordResetTtlMinutes * 60_000;
      const token = await this.createOneTimeToken(m, user.id, 'password_reset', ttlMs, null);
      await this.outbox.enqueue(m, {
        to: user.email,
        tenantCode: user.tenantCode,
        template: 'password-reset',
        locale: user.locale,
        params: { name: user.displayName, municipality: tenant.name, minutes: String(this.config.passwordResetTtlMinutes), link: `${this.config.publicUrl}/reset-password/${token}` },
      });
    });
    this.outbox.wake();
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const hash = await hashPassword(password, this.config.passwordHashMemoryKiB);
    await this.ds.transaction(async (m) => {
      const link = await this.checkLink(m, token, 'password_reset');
      await m.getRepository(OneTimeToken).update({ id: link.id }, { usedAt: this.clock.now() });
      // A new password ends every existing session.
      await m.query(`UPDATE app_user SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1`, [link.userId, hash]);
      await m.getRepository(RefreshToken).update({ userId: link.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  async startTotpSetup(caller: AuthUser): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.users.findByIdWithSecrets(caller.id);
    if (!user) throw new AppError('TOKEN_INVALID');
    if (user.totpEnabled) throw new AppError('TOTP_ALREADY_ENABLED');
    const secret = generateTotpSecret();
    await this.users.update(user.id, user.tenantCode, { totpPendingSecret: secret });
    return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
  }

  async enableTotp(caller: AuthUser, code: string): Promise<void> {
    const user = await this.users.findByIdWithSecrets(caller.id);
    if (!user) throw new AppError('TOKEN_INVALID');
    if (user.totpEnabled) throw new AppError('TOTP_ALREADY_ENABLED');
    if (!user.totpPendingSecret) throw new AppError('TOTP_NOT_STARTED');
    if (!verifyTotp(user.totpPendingSecret, code, this.clock.now().getTime())) throw new AppError('TOTP_INVALID');
    await this.users.update(user.id, user.tenantCode, { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabled: true });
  }

  async disableTotp(caller: AuthUser, code: string): Promise<void> {
    const user = await this.users.findByIdWithSecrets(caller.id);
    if (!user) throw new AppError('TOKEN_INVALID');
    if (!user.totpEnabled || !user.totpSecret) throw new AppError('TOTP_NOT_STARTED');
    const tenant = await this.tenants.findOneByOrFail({ code: user.tenantCode });
    if (tenant.requireTotpForStaff && STAFF_ROLES.includes(user.role)) throw new AppError('FORBIDDEN');
    if (!verifyTotp(user.totpSecret, code, this.clock.now().getTime())) throw new AppError('TOTP_INVALID');
    await this.users.update(user.id, user.tenantCode, { totpSecret: null, totpEnabled: false });
  }
}
