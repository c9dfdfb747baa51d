export declare const DEFAULT_PAGE_SIZE = 20;
/** `limit` and `cursor` of the staff lists, which page through a centre's rows newest first. */
export declare class PageRequest {
    limit?: number;
    cursor?: string;
}
export interface Page<T> {
    items: T[];
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: string | null;
}
/**
 * Opaque to clients: the id of the last row on a page (ids are UUIDv7, so id order is creation
 * order). Opaque so the order can change later without breaking clients that pass cursors back.
 */
export declare function encodeIdCursor(lastId: string): string;
/** The id to continue before; a cursor this API did not give out is a 400 on the `cursor` field. */
export declare function decodeIdCursor(cursor: string): string;
/** Rows fetched with `limit + 1`: the extra row only says that another page exists. */
export declare function pageOf<R extends {
    id: string;
}, T>(rows: R[], limit: number, view: (row: R) => T): Page<T>;
//# sourceMappingURL=paging.d.ts.map