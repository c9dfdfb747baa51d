import { ValidationProblem } from '@vc/service-kit';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/**
 * Opaque to clients: the id of the last volunteer on a page (ids are time-ordered UUIDv7). Opaque
 * so the order can change later without breaking clients that only pass cursors back.
 */
export function encodeVolunteerCursor(lastId) {
    return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}
/** The id to continue after; a cursor this API did not give out is a 400 on the `cursor` field. */
export function decodeVolunteerCursor(cursor) {
    try {
        const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        const after = typeof decoded === 'object' && decoded !== null ? decoded.after : undefined;
        if (typeof after === 'string' && UUID.test(after))
            return after;
    }
    catch {
        // falls through to the problem below
    }
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor must be a nextCursor this API returned'] }]);
}
//# sourceMappingURL=volunteer-cursor.js.map