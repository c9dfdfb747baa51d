/** RFC 9457 media type; clients and gateways recognise an error body by it. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const PROBLEM_TYPE_BASE = 'https://vrijwilligers.example/problems/';

/** One invalid input field; `field` is a dotted path into the body or query (`availability.0.day`). */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The one error shape of every service (RFC 9457). Extra members are allowed, e.g. `from`/`to` of an invalid transition. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** The request path (without the query string, which may carry personal data). */
  instance: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** The `type` URI of a problem slug, e.g. `problemType('not-found')`. */
export function problemType(slug: string): string {
  return `${PROBLEM_TYPE_BASE}${slug}`;
}
