/**
 * Where a search continues. Opaque to clients (base64url JSON), and bound to the search it came
 * from: a cursor passed with other filters is refused rather than silently skipping results.
 *
 * - `newest`: results newest first; continue below listing position `position`.
 * - `ranked`: text search, first stage: the pool of the newest matches (listing positions `bottom`
 *   to `top`) ordered by relevance; continue after (`rank`, `position`).
 * - `older`: text search, second stage: matches older than the pool, newest first.
 */
export type SearchCursor = {
    stage: 'newest';
    position: string;
} | {
    stage: 'ranked';
    top: string;
    bottom: string;
    rank: string;
    position: string;
} | {
    stage: 'older';
    position: string;
};
/** A short fingerprint of the search's filters (everything but the cursor and the page size). */
export declare function searchFingerprint(filters: Record<string, unknown>): string;
export declare function encodeSearchCursor(cursor: SearchCursor, fingerprint: string): string;
export declare function decodeSearchCursor(encoded: string, fingerprint: string): SearchCursor;
//# sourceMappingURL=search-cursor.d.ts.map