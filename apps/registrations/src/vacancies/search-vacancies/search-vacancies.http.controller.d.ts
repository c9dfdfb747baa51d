import { SearchVacanciesHandler, type VacancySearchResults } from './search-vacancies.handler.js';
import { SearchVacanciesRequest } from './search-vacancies.request.dto.js';
export declare class SearchVacanciesHttpController {
    private readonly handler;
    constructor(handler: SearchVacanciesHandler);
    /**
     * The centre's public vacancy bank, without login: full text in Dutch, filters, distance from a
     * postcode, cursor pages. No personal data in the answer. Rate limited per client address
     * (PUBLIC_RATE_LIMIT_PER_MINUTE).
     */
    searchVacancies(centreId: string, query: SearchVacanciesRequest): Promise<VacancySearchResults>;
}
//# sourceMappingURL=search-vacancies.http.controller.d.ts.map