import type { ExecutionContext, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenProblem } from '../http/domain-problem.js';
import { Public, Roles } from './auth.decorators.js';
import { AuthGuard, bearerTokenOf, RolesNeedAuthenticationGuard } from './auth.guard.js';
import { mintDevToken } from './dev-token.js';
import type { Principal, RequestWithPrincipal } from './principal.js';
import type { Role } from './roles.js';
import { TokenVerifier } from './token-verifier.js';
import { UnauthenticatedProblem } from './unauthenticated.problem.js';

const SECRET = 'test-secret-that-is-at-least-32-chars!';

class VacanciesController {
  @Public()
  search() {}

  @Roles('centre-admin', 'consultant')
  verify() {}

  mine() {}

  @Public()
  @Roles('consortium-admin')
  contradictory() {}
}

@Roles('consortium-admin')
class ConsortiumController {
  overview() {}

  @Roles('municipality-viewer')
  results() {}
}

@Public()
class OpenController {
  page() {}
}

type Request = RequestWithPrincipal & { headers: { authorization?: string } };

function contextFor(controller: Type, method: string, request: Request): ExecutionContext {
  return {
    getType: () => 'http',
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, () => void>)[method],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}), getNext: () => undefined }),
  } as unknown as ExecutionContext;
}

const guard = new AuthGuard(new Reflector(), new TokenVerifier({ jwtSecret: SECRET }));

async function requestWith(roles: Role[]): Promise<Request> {
  const principal: Principal = { subject: `user-with-${roles.join('+') || 'no-roles'}`, roles };
  return { headers: { authorization: `Bearer ${await mintDevToken(principal, { secret: SECRET })}` } };
}

async function outcome(controller: Type, method: string, request: Request): Promise<string> {
  try {
    await guard.canActivate(contextFor(controller, method, request));
    return 'allowed';
  } catch (error) {
    if (error instanceof UnauthenticatedProblem) return '401';
    if (error instanceof ForbiddenProblem) return '403';
    throw error;
  }
}

describe('AuthGuard role checks', () => {
  it.each([
    ['one of the listed roles', VacanciesController, 'verify', ['consultant'], 'allowed'],
    ['another listed role among others', VacanciesController, 'verify', ['volunteer', 'centre-admin'], 'allowed'],
    ['no listed role', VacanciesController, 'verify', ['volunteer'], '403'],
    ['no roles at all', VacanciesController, 'verify', [], '403'],
    ['a route without @Roles(), any role', VacanciesController, 'mine', ['volunteer'], 'allowed'],
    ['a route without @Roles(), no roles', VacanciesController, 'mine', [], 'allowed'],
    ['the controller’s role', ConsortiumController, 'overview', ['consortium-admin'], 'allowed'],
    ['not the controller’s role', ConsortiumController, 'overview', ['centre-admin'], '403'],
    ['the handler’s role, which overrides the controller’s', ConsortiumController, 'results', ['municipality-viewer'], 'allowed'],
    ['only the controller’s role where the handler names another', ConsortiumController, 'results', ['consortium-admin'], '403'],
    ['a role on a route marked both @Public() and @Roles()', VacanciesController, 'contradictory', ['consortium-admin'], 'allowed'],
    ['no role on a route marked both @Public() and @Roles()', VacanciesController, 'contradictory', ['volunteer'], '403'],
  ] as Array<[string, Type, string, Role[], string]>)('with %s: %s', async (_case, controller, method, roles, expected) => {
    expect(await outcome(controller, method, await requestWith(roles))).toBe(expected);
  });

  it('names the roles a route needs in the 403 problem', async () => {
    const attempt = guard.canActivate(contextFor(VacanciesController, 'verify', await requestWith(['volunteer'])));

    await expect(attempt).rejects.toMatchObject({ status: 403, slug: 'forbidden', detail: 'This needs one of the roles centre-admin, consultant' });
  });

  it('leaves the verified principal on the request for @CurrentPrincipal()', async () => {
    const request = await requestWith(['consultant']);

    await guard.canActivate(contextFor(VacanciesController, 'mine', request));

    expect(request.principal).toEqual({ subject: 'user-with-consultant', roles: ['consultant'] });
  });
});

describe('AuthGuard authentication', () => {
  it.each([
    ['a public route', VacanciesController, 'search'],
    ['a route of a public controller', OpenController, 'page'],
  ])('lets a caller without a token into %s', async (_case, controller, method) => {
    expect(await guard.canActivate(contextFor(controller, method, { headers: {} }))).toBe(true);
  });

  it.each([
    ['no Authorization header', undefined],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 with a Bearer challenge for %s', async (_case, authorization) => {
    const attempt = guard.canActivate(contextFor(VacanciesController, 'mine', { headers: { authorization } }));

    await expect(attempt).rejects.toMatchObject({ status: 401, slug: 'unauthenticated', headers: { 'WWW-Authenticate': 'Bearer' } });
  });

  it('requires a token on a route marked both @Public() and @Roles()', async () => {
    expect(await outcome(VacanciesController, 'contradictory', { headers: {} })).toBe('401');
  });
});

describe('bearerTokenOf', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['Bearer   abc.def.ghi  ', 'abc.def.ghi'],
    ['Bearer abc def', undefined],
    ['Basic abc', undefined],
    ['abc.def.ghi', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });
});

describe('RolesNeedAuthenticationGuard (no auth configured)', () => {
  it('refuses to serve a route with @Roles() rather than leave it open', () => {
    const withoutAuth = new RolesNeedAuthenticationGuard(new Reflector());

    expect(() => withoutAuth.canActivate(contextFor(VacanciesController, 'verify', { headers: {} }))).toThrow(
      'VacanciesController.verify requires roles, but no authentication is configured',
    );
  });

  it('lets routes without roles through', () => {
    expect(new RolesNeedAuthenticationGuard(new Reflector()).canActivate(contextFor(VacanciesController, 'mine', { headers: {} }))).toBe(true);
  });

  it('stands aside when AuthModule provides a verifier, whose guard then decides', () => {
    const besideAuthModule = new RolesNeedAuthenticationGuard(new Reflector(), new TokenVerifier({ jwtSecret: SECRET }));

    expect(besideAuthModule.canActivate(contextFor(VacanciesController, 'verify', { headers: {} }))).toBe(true);
  });
});
