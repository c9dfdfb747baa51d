import { DomainProblem } from '../http/domain-problem.js';

/** 401 with the challenge RFC 6750 asks for, so clients know to (re)fetch a bearer token. */
export class UnauthenticatedProblem extends DomainProblem {
  constructor(detail: string, { invalidToken = false }: { invalidToken?: boolean } = {}) {
    super({
      status: 401,
      slug: 'unauthenticated',
      title: 'Authentication required',
      detail,
      headers: { 'WWW-Authenticate': invalidToken ? 'Bearer error="invalid_token"' : 'Bearer' },
    });
  }
}
