import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable, ValidationProblem } from '@vc/service-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const DEFAULT_PAGE_SIZE = 20;

/** `limit` and `cursor` of the staff lists, which page through a centre's rows newest first. */
export class PageRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: DEFAULT_PAGE_SIZE })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Which way a list pages from its cursor: staff lists newest first (`before` the last id), the
 * volunteer list in registration order (`after` it). The direction is part of the cursor, so a
 * cursor from one list is refused by a list that pages the other way.
 */
export type CursorDirection = 'before' | 'after';

/**
 * Opaque to clients: the id of the last row on a page (ids are UUIDv7, so id order is creation
 * order). Opaque so the order can change later without breaking clients that pass cursors back.
 */
export function encodeIdCursor(lastId: string, direction: CursorDirection = 'before'): string {
  return Buffer.from(JSON.stringify({ [direction]: lastId }), 'utf8').toString('base64url');
}

/** The id to continue from; a cursor this API did not give out is a 400 on the `cursor` field. */
export function decodeIdCursor(cursor: string, direction: CursorDirection = 'before'): string {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const id = typeof decoded === 'object' && decoded !== null ? (decoded as Record<string, unknown>)[direction] : undefined;
    if (typeof id === 'string' && UUID.test(id)) return id;
  } catch {
    // falls through to the problem below
  }
  throw new ValidationProblem([{ field: 'cursor', messages: ['cursor must be a nextCursor this API returned'] }]);
}

/** Rows fetched with `limit + 1`: the extra row only says that another page exists. */
export function pageOf<R extends { id: string }, T>(rows: R[], limit: number, view: (row: R) => T): Page<T> {
  const page = rows.slice(0, limit);
  return { items: page.map(view), nextCursor: rows.length > limit ? encodeIdCursor(page.at(-1)!.id) : null };
}
