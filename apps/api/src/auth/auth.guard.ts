import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { STAFF_ROLES, isLocale, type Role } from '@jobbrygga/domain';
import { AppError } from '../common/app-error';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth.decorators';
import { clientIp, type AppRequest, type AuthUser } from '../common/request-context';
import { JsonLogger } from '../common/logger';
import type { AccessClaims } from './auth.service';
import { AuthLimits } from './auth-limits';

export const ALLOW_DURING_TOTP_SETUP = 'jobbrygga:allow-during-totp-setup';
/** Routes a staff member may use before setting up required two-factor login. */
export const AllowDuringTotpSetup = () => SetMetadata(ALLOW_DURING_TOTP_SETUP, true);

/**
 * The global guard, default deny: a route must declare @Public() or @Roles(...); anything else is
 * refused. For @Roles routes it verifies the token, checks the account is still active and the
 * token version current (so deactivation works at once), and checks the role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly ds: DataSource,
    private readonly limits: AuthLimits,
    private readonly logger: JsonLogger,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const req = ctx.switchToHttp().getRequest<AppRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      const wait = this.limits.publicReads.take(clientIp(req), Date.now());
      if (wait > 0) throw new AppError('TOO_MANY_REQUESTS', {}, { 'Retry-After': String(wait) });
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) {
      this.logger.event('error', 'route without role declaration was called and denied', { handler: ctx.getHandler().name, controller: ctx.getClass().name });
      throw new AppError('FORBIDDEN');
    }
    const user = await this.authenticate(req);
    req.user = user;
    if (!roles.includes(user.role)) throw new AppError('FORBIDDEN');
    if (user.totpSetupRequired && !this.reflector.getAllAndOverride<boolean>(ALLOW_DURING_TOTP_SETUP, targets)) {
      throw new AppError('TOTP_SETUP_REQUIRED');
    }
    return true;
  }

  private async authenticate(req: AppRequest): Promise<AuthUser> {
    const header = req.headers.authorization;
    if (!header) throw new AppError('UNAUTHENTICATED');
    const match = /^Bearer ([A-Za-z0-9_.-]{10,4096})$/.exec(header);
    if (!match) throw new AppError('TOKEN_INVALID');
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(match[1]);
    } catch {
      throw new AppError('TOKEN_INVALID');
    }
    if (typeof claims.sub !== 'string' || !/^[0-9a-f-]{36}$/.test(claims.sub)) throw new AppError('TOKEN_INVALID');
    const [row] = await this.ds.query(
      `SELECT u.id, u.role, u.tenant_code, u.locale, u.active, u.token_version, u.employer_id, u.totp_enabled, t.require_totp_for_staff
         FROM app_user u JOIN tenant t ON t.code = u.tenant_code WHERE u.id = $1`,
      [claims.sub],
    );
    if (!row || !row.active || row.token_version !== claims.tv || row.tenant_code !== claims.tid) throw new AppError('TOKEN_INVALID');
    return {
      id: row.id,
      role: row.role,
      tenantCode: row.tenant_code,
      locale: isLocale(row.locale) ? row.locale : 'sv',
      employerId: row.employer_id,
      totpSetupRequired: row.require_totp_for_staff && STAFF_ROLES.includes(row.role) && !row.totp_enabled,
    };
  }
}
