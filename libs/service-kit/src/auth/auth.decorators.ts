import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Principal, RequestWithPrincipal } from './principal.js';
import type { Role } from './roles.js';

export const IS_PUBLIC = 'vc:auth:public';
export const REQUIRED_ROLES = 'vc:auth:roles';
/**
 * Marks public operations in the OpenAPI document; setupOpenApi turns it into `security: []`.
 * (@nestjs/swagger drops an empty security list given as metadata, so it cannot be set directly.)
 */
export const PUBLIC_OPERATION_EXTENSION = 'x-vc-public';
/** Tells API clients which roles an operation needs. */
export const REQUIRED_ROLES_EXTENSION = 'x-required-roles';

/**
 * Opens a route (or every route of a controller) to callers without a token. Every other route
 * needs a valid bearer token. In the OpenAPI document the operation gets `security: []`.
 */
export function Public(): ClassDecorator & MethodDecorator {
  return applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION_EXTENSION, true));
}

/**
 * Restricts a route (or a controller) to callers holding at least one of the roles; others get a
 * 403 problem. A route with roles is never public, even if also marked @Public().
 */
export function Roles(...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator {
  return applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension(REQUIRED_ROLES_EXTENSION, roles));
}

/** The verified caller. Undefined on @Public() routes, which are not authenticated. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined => context.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);
