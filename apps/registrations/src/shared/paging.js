var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable, ValidationProblem } from '@vc/service-kit';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const DEFAULT_PAGE_SIZE = 20;
/** `limit` and `cursor` of the staff lists, which page through a centre's rows newest first. */
export class PageRequest {
}
__decorate([
    ApiPropertyOptional({ minimum: 1, maximum: 100, default: DEFAULT_PAGE_SIZE }),
    IsOmittable(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(100),
    __metadata("design:type", Number)
], PageRequest.prototype, "limit", void 0);
__decorate([
    ApiPropertyOptional({ description: 'nextCursor of the previous page' }),
    IsOmittable(),
    IsString(),
    MaxLength(200),
    __metadata("design:type", String)
], PageRequest.prototype, "cursor", void 0);
/**
 * Opaque to clients: the id of the last row on a page (ids are UUIDv7, so id order is creation
 * order). Opaque so the order can change later without breaking clients that pass cursors back.
 */
export function encodeIdCursor(lastId) {
    return Buffer.from(JSON.stringify({ before: lastId }), 'utf8').toString('base64url');
}
/** The id to continue before; a cursor this API did not give out is a 400 on the `cursor` field. */
export function decodeIdCursor(cursor) {
    try {
        const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        const before = typeof decoded === 'object' && decoded !== null ? decoded.before : undefined;
        if (typeof before === 'string' && UUID.test(before))
            return before;
    }
    catch {
        // falls through to the problem below
    }
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor must be a nextCursor this API returned'] }]);
}
/** Rows fetched with `limit + 1`: the extra row only says that another page exists. */
export function pageOf(rows, limit, view) {
    const page = rows.slice(0, limit);
    return { items: page.map(view), nextCursor: rows.length > limit ? encodeIdCursor(page.at(-1).id) : null };
}
//# sourceMappingURL=paging.js.map