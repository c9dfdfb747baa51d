import { createHash } from 'node:crypto';
import { DomainProblem } from '../http/domain-problem.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

// Printable ASCII (space to tilde): a key ends up in SQL parameters and logs, never raw bytes.
const ACCEPTABLE_KEY = /^[\x20-\x7e]{1,255}$/;

export function isValidIdempotencyKey(key: string): boolean {
  return ACCEPTABLE_KEY.test(key);
}

export class InvalidIdempotencyKeyProblem extends DomainProblem {
  constructor() {
    super({
      status: 400,
      slug: 'invalid-idempotency-key',
      title: 'Invalid Idempotency-Key',
      detail: 'The Idempotency-Key header must be 1 to 255 printable ASCII characters',
    });
  }
}

/**
 * What makes two requests "the same" for an idempotency key: method, path with query, and body.
 * Object keys are sorted, so a client that re-serialises the same body in another order still matches.
 */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()}\n${path}\n${canonicalJson(body)}`).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
