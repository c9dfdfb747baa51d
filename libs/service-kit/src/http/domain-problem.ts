export interface DomainProblemInit {
  status: number;
  /** Last segment of the problem's `type` URI; stable, clients switch on it. */
  slug: string;
  /** Short and the same for every occurrence of this kind of problem. */
  title: string;
  /** This occurrence, in words a client may show. */
  detail?: string;
  /** Extra members of the problem object (RFC 9457 §3.2), e.g. `{ from, to }`. */
  extensions?: Record<string, unknown>;
  /** Response headers that belong to the problem, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/**
 * An error a client caused or may act on. Throw it (or a subclass) from anywhere in a request;
 * ProblemDetailsFilter turns it into application/problem+json, so controllers need no try/catch.
 */
export class DomainProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor({ status, slug, title, detail, extensions = {}, headers = {} }: DomainProblemInit) {
    super(detail ?? title);
    this.name = new.target.name;
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.detail = detail;
    this.extensions = extensions;
    this.headers = headers;
  }
}

export class NotFoundProblem extends DomainProblem {
  constructor(what: string, id: string) {
    super({ status: 404, slug: 'not-found', title: 'Not found', detail: `${what} ${id} was not found` });
  }
}

export class ConflictProblem extends DomainProblem {
  constructor(detail: string, slug = 'conflict') {
    super({ status: 409, slug, title: 'Conflict', detail });
  }
}

export class ForbiddenProblem extends DomainProblem {
  constructor(detail = 'You are not allowed to do this') {
    super({ status: 403, slug: 'forbidden', title: 'Forbidden', detail });
  }
}

export class InvalidTransitionProblem extends DomainProblem {
  constructor(from: string, to: string) {
    super({
      status: 409,
      slug: 'invalid-transition',
      title: 'Invalid state transition',
      detail: `Cannot go from ${from} to ${to}`,
      extensions: { from, to },
    });
  }
}

export class UnprocessableProblem extends DomainProblem {
  constructor(detail: string, slug: string) {
    super({ status: 422, slug, title: 'Unprocessable content', detail });
  }
}
