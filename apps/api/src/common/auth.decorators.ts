import { SetMetadata, createParamDecorator, type ExecutionContext, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from '@jobbrygga/domain';
import type { AuthUser } from './request-context';

export const ROLES_KEY = 'jobbrygga:roles';
export const PUBLIC_KEY = 'jobbrygga:public';
export const RATE_LIMITED_KEY = 'jobbrygga:public-rate-limit';

/**
 * Declares which roles may call a route (or a whole controller). The global guard denies every
 * route that declares neither this nor @Public().
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth());

/** Marks a route callable without login (health, docs, login, reference look-ups). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The authenticated caller. Only usable on routes with @Roles. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest();
  return req.user as AuthUser;
});
