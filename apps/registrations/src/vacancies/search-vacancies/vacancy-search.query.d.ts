import type { EntityManager } from 'typeorm';
import type { ListingRow } from './public-vacancy.view.js';
import type { SearchCursor } from './search-cursor.js';
/**
 * Relevance is ranked exactly over a pool of the newest matches of this size; older matches follow
 * newest first. Ranking every match costs a read of every matching row: 40–100 ms for a common word
 * among 60,000 vacancies of one centre on the benchmark machine, against a 30 ms target; filling
 * the pool costs a read of the rows until it is full. A search with fewer matches than this (nearly
 * every search of a real centre) gets plain relevance order.
 */
export declare const RANKED_POOL_SIZE = 100;
export interface SearchFilters {
    centreId: string;
    /** Dutch calendar date: vacancies whose last day has passed are hidden before the scheduler expires them. */
    today: string;
    q?: string;
    sector?: string;
    kind?: 'structural' | 'one-off';
    /** Postcode areas within the asked distance; remote vacancies are always included. */
    areas?: string[];
    dateFrom?: string;
    dateTo?: string;
    students?: boolean;
    newcomersWithoutDutch?: boolean;
    needsGuidance?: boolean;
}
export interface SearchRow extends ListingRow {
    rank: string | null;
}
export interface SearchPage {
    rows: SearchRow[];
    /** Where the next page starts; undefined on the last page. */
    next?: SearchCursor;
}
/**
 * One page of published, public vacancies of the centre: newest first, or for a text search the
 * ranked pool and then older matches. Each result appears exactly once across the pages of one
 * search, in a stable order (listing positions are unique and never reused).
 */
export declare function searchVacancies(manager: EntityManager, filters: SearchFilters, limit: number, cursor?: SearchCursor, poolSize?: number): Promise<SearchPage>;
//# sourceMappingURL=vacancy-search.query.d.ts.map