import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { ForbiddenProblem } from '../http/domain-problem.js';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators.js';
import { TOKEN_VERIFIER } from './auth.options.js';
import type { Principal, RequestWithPrincipal } from './principal.js';
import type { Role } from './roles.js';
import type { TokenVerifier } from './token-verifier.js';
import { UnauthenticatedProblem } from './unauthenticated.problem.js';

export interface RouteAccess {
  isPublic: boolean;
  requiredRoles: readonly Role[];
}

/** What a route demands, from @Public() and @Roles() on the handler or its controller (the handler's win). */
export function routeAccess(reflector: Reflector, context: ExecutionContext): RouteAccess {
  const targets = [context.getHandler(), context.getClass()];
  const requiredRoles = reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [];
  // Roles and @Public() contradict each other; the stricter reading wins.
  const isPublic = requiredRoles.length === 0 && reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
  return { isPublic, requiredRoles };
}

/** Throws a 403 problem unless the caller holds one of the roles (any caller passes when none are required). */
export function assertHasRole(principal: Principal, requiredRoles: readonly Role[]): void {
  if (requiredRoles.length === 0 || requiredRoles.some((role) => principal.roles.includes(role))) return;
  throw new ForbiddenProblem(`This needs one of the roles ${requiredRoles.join(', ')}`);
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function bearerTokenOf(authorization: string | undefined): string | undefined {
  return authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
}

/**
 * Global guard of AuthModule: every HTTP route needs a valid bearer token unless it is @Public();
 * @Roles() narrows it further. Only HTTP is guarded: events are authorised by the broker, not by tokens.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const { isPublic, requiredRoles } = routeAccess(this.reflector, context);
    if (isPublic) return true;

    const request = context.switchToHttp().getRequest<IncomingMessage & RequestWithPrincipal>();
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) throw new UnauthenticatedProblem('This request needs a bearer token in the Authorization header');
    const principal = await this.verifier.verify(token);
    request.principal = principal;
    assertHasRole(principal, requiredRoles);
    return true;
  }
}

/**
 * Registered by ServiceKitModule when it is given no `auth`: a route that asks for roles must not
 * quietly become open because authentication was left out. It answers such a route with a logged
 * 500 naming the route. Stands aside when AuthModule.forRoot was imported on its own.
 */
@Injectable()
export class RolesNeedAuthenticationGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Optional() @Inject(TOKEN_VERIFIER) private readonly verifier?: TokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.verifier || context.getType() !== 'http') return true;
    if (routeAccess(this.reflector, context).requiredRoles.length === 0) return true;
    throw new Error(
      `${context.getClass().name}.${context.getHandler().name} requires roles, but no authentication is configured: ` +
        'pass `auth` to ServiceKitModule.forRoot or import AuthModule.forRoot',
    );
  }
}
