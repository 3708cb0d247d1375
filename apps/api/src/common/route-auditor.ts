import { Injectable, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';

export interface RouteAccess {
  method: string;
  path: string;
  access: 'public' | string[] | 'undeclared';
}

/**
 * Lists every route with what it declares. The app refuses to start when a route declares
 * neither @Public() nor @Roles(...): default deny is checked at boot, not only per request.
 */
@Injectable()
export class RouteAuditor implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService, private readonly scanner: MetadataScanner, private readonly reflector: Reflector) {}

  routes(): RouteAccess[] {
    const out: RouteAccess[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const cls = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!cls || !wrapper.instance) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
      const proto = Object.getPrototypeOf(wrapper.instance);
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        const sub = Reflect.getMetadata(PATH_METADATA, handler);
        if (sub === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, cls]);
        const roles = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, [handler, cls]);
        out.push({ method, path: `/${[base, String(sub)].filter((s) => s && s !== '/').join('/')}`, access: isPublic ? 'public' : roles?.length ? roles : 'undeclared' });
      }
    }
    return out;
  }

  onModuleInit(): void {
    const undeclared = this.routes().filter((r) => r.access === 'undeclared');
    if (undeclared.length) {
      throw new Error(`Routes without @Public() or @Roles(): ${undeclared.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    }
  }
}
