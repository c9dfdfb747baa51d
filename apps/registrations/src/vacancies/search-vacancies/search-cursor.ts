import { ValidationProblem } from '@vc/service-kit';
import { createHash } from 'node:crypto';

/**
 * Where a search continues. Opaque to clients (base64url JSON), and bound to the search it came
 * from: a cursor passed with other filters is refused rather than silently skipping results.
 *
 * - `newest`: results newest first; continue below listing position `position`.
 * - `ranked`: text search, first stage: the pool of the newest matches (listing positions `bottom`
 *   to `top`) ordered by relevance; continue after (`rank`, `position`).
 * - `older`: text search, second stage: matches older than the pool, newest first.
 */
export type SearchCursor =
  | { stage: 'newest'; position: string }
  | { stage: 'ranked'; top: string; bottom: string; rank: string; position: string }
  | { stage: 'older'; position: string };

const POSITION = /^[1-9][0-9]{0,18}$/;
const RANK = /^[0-9.e+-]{1,32}$/;

/** A short fingerprint of the search's filters (everything but the cursor and the page size). */
export function searchFingerprint(filters: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(filters).sort().map((key) => [key, filters[key] ?? null]));
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

export function encodeSearchCursor(cursor: SearchCursor, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ ...cursor, search: fingerprint }), 'utf8').toString('base64url');
}

export function decodeSearchCursor(encoded: string, fingerprint: string): SearchCursor {
  let decoded: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) decoded = parsed as Record<string, unknown>;
  } catch {
    // refused below
  }
  const position = (value: unknown): value is string => typeof value === 'string' && POSITION.test(value);
  if (decoded && decoded.search !== fingerprint) throw invalidCursor('cursor belongs to another search; start again without it');
  if (decoded?.stage === 'newest' && position(decoded.position)) return { stage: 'newest', position: decoded.position };
  if (decoded?.stage === 'older' && position(decoded.position)) return { stage: 'older', position: decoded.position };
  if (
    decoded?.stage === 'ranked' &&
    position(decoded.position) &&
    position(decoded.top) &&
    position(decoded.bottom) &&
    typeof decoded.rank === 'string' &&
    RANK.test(decoded.rank) &&
    Number.isFinite(Number(decoded.rank))
  ) {
    return { stage: 'ranked', top: decoded.top, bottom: decoded.bottom, rank: decoded.rank, position: decoded.position };
  }
  throw invalidCursor('cursor must be a nextCursor this search returned');
}

function invalidCursor(message: string): ValidationProblem {
  return new ValidationProblem([{ field: 'cursor', messages: [message] }]);
}
