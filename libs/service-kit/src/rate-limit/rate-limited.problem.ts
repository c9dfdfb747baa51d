import { DomainProblem } from '../http/domain-problem.js';

export class RateLimitedProblem extends DomainProblem {
  constructor(retryAfterSeconds: number) {
    super({
      status: 429,
      slug: 'rate-limited',
      title: 'Too many requests',
      detail: `Too many requests from your address; try again in ${retryAfterSeconds} s`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}
