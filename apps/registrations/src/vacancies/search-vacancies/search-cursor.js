import { ValidationProblem } from '@vc/service-kit';
import { createHash } from 'node:crypto';
const POSITION = /^[1-9][0-9]{0,18}$/;
const RANK = /^[0-9.e+-]{1,32}$/;
/** A short fingerprint of the search's filters (everything but the cursor and the page size). */
export function searchFingerprint(filters) {
    const canonical = JSON.stringify(Object.keys(filters).sort().map((key) => [key, filters[key] ?? null]));
    return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}
export function encodeSearchCursor(cursor, fingerprint) {
    return Buffer.from(JSON.stringify({ ...cursor, search: fingerprint }), 'utf8').toString('base64url');
}
export function decodeSearchCursor(encoded, fingerprint) {
    let decoded;
    try {
        const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
            decoded = parsed;
    }
    catch {
        // refused below
    }
    const position = (value) => typeof value === 'string' && POSITION.test(value);
    if (decoded && decoded.search !== fingerprint)
        throw invalidCursor('cursor belongs to another search; start again without it');
    if (decoded?.stage === 'newest' && position(decoded.position))
        return { stage: 'newest', position: decoded.position };
    if (decoded?.stage === 'older' && position(decoded.position))
        return { stage: 'older', position: decoded.position };
    if (decoded?.stage === 'ranked' &&
        position(decoded.position) &&
        position(decoded.top) &&
        position(decoded.bottom) &&
        typeof decoded.rank === 'string' &&
        RANK.test(decoded.rank) &&
        Number.isFinite(Number(decoded.rank))) {
        return { stage: 'ranked', top: decoded.top, bottom: decoded.bottom, rank: decoded.rank, position: decoded.position };
    }
    throw invalidCursor('cursor must be a nextCursor this search returned');
}
function invalidCursor(message) {
    return new ValidationProblem([{ field: 'cursor', messages: [message] }]);
}
//# sourceMappingURL=search-cursor.js.map