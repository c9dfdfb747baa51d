/**
 * Opaque to clients: the id of the last volunteer on a page (ids are time-ordered UUIDv7). Opaque
 * so the order can change later without breaking clients that only pass cursors back.
 */
export declare function encodeVolunteerCursor(lastId: string): string;
/** The id to continue after; a cursor this API did not give out is a 400 on the `cursor` field. */
export declare function decodeVolunteerCursor(cursor: string): string;
//# sourceMappingURL=volunteer-cursor.d.ts.map