import { DataSource } from 'typeorm';
import type { Pc4Centroids } from '@vc/geo';
import { type PublicVacancy } from './public-vacancy.view.js';
import { type SearchVacanciesRequest } from './search-vacancies.request.dto.js';
export interface NearFilter {
    /** The four digits of the postcode searched from. */
    postcodeArea: string;
    withinKm: number;
    /** False when the postcode is not in the centroid data: then the results are not filtered by distance. */
    applied: boolean;
    note: string | null;
}
export interface VacancySearchResults {
    items: PublicVacancy[];
    /** Pass as `cursor` (with the same filters) for the next page; null on the last page. */
    nextCursor: string | null;
    /** What `near` did; null when the search had no `near`. */
    near: NearFilter | null;
}
export declare class SearchVacanciesHandler {
    private readonly dataSource;
    private readonly centroids;
    constructor(dataSource: DataSource, centroids: Pc4Centroids);
    /**
     * Published vacancies of the centre's verified organisations, help requests never: the public
     * vacancy bank.
     *
     * The listing it reads holds only what this endpoint shows anyone, has no tenant policy (see its
     * migration) and is filtered on the centre explicitly, so it is read in one statement outside a
     * tenant transaction: runInTenant's BEGIN, settings and COMMIT would add three round trips to
     * every search, which cost a third of the throughput and some 10 ms of p99 on the benchmark
     * machine. The centre itself is tenant data and is looked up in its own scope.
     */
    searchVacancies(centreId: string, request: SearchVacanciesRequest, today?: string): Promise<VacancySearchResults>;
    private assertCentreExists;
    private nearFilterOf;
}
//# sourceMappingURL=search-vacancies.handler.d.ts.map