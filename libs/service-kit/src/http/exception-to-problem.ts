import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { DomainProblem } from './domain-problem.js';
import { problemType, type ProblemDetails } from './problem-details.js';

export interface ProblemResponse {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** A fault of ours rather than the client's: logged, and its message never reaches the client. */
  serverFault: boolean;
}

// Slugs where the status text makes a poor name; every other status is its text in kebab case
// (413 "Payload Too Large" → payload-too-large).
const SLUG_OVERRIDES: Readonly<Record<number, string>> = {
  401: 'unauthenticated',
  422: 'unprocessable',
  429: 'rate-limited',
  500: 'internal-error',
};

export const INTERNAL_ERROR_DETAIL = 'Something went wrong on our side. Quote the x-correlation-id response header when you report it.';

export function slugForStatus(status: number): string {
  const override = SLUG_OVERRIDES[status];
  if (override) return override;
  const text = STATUS_CODES[status];
  return text ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : `http-${status}`;
}

/** Maps anything a request can throw to the problem a client sees. `instance` is the request path. */
export function problemFromException(exception: unknown, instance: string): ProblemResponse {
  if (exception instanceof DomainProblem) {
    return {
      problem: {
        // Extensions first: a subclass can add members but never replace the standard ones.
        ...exception.extensions,
        type: problemType(exception.slug),
        title: exception.title,
        status: exception.status,
        ...(exception.detail === undefined ? {} : { detail: exception.detail }),
        instance,
      },
      headers: { ...exception.headers },
      serverFault: exception.status >= 500,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const serverFault = status >= 500;
    const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
    return {
      problem: {
        type: problemType(slugForStatus(status)),
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: serverFault ? INTERNAL_ERROR_DETAIL : messageOf(exception),
        instance,
      },
      headers,
      serverFault,
    };
  }
  return {
    problem: { type: problemType(slugForStatus(500)), title: STATUS_CODES[500]!, status: 500, detail: INTERNAL_ERROR_DETAIL, instance },
    headers: {},
    serverFault: true,
  };
}

// Nest's own exceptions put a readable message in the response body ("Cannot GET /x", "request entity too large").
function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((item) => typeof item === 'string')) return message.join('; ');
  return exception.message;
}
