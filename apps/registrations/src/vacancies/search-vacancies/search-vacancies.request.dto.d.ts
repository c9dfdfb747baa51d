/** Kinds the public may search; help requests are never public. */
export declare const PUBLIC_KINDS: readonly ["structural", "one-off"];
export declare const MAX_SEARCH_PAGE = 50;
export declare const DEFAULT_SEARCH_PAGE = 20;
export declare const DEFAULT_WITHIN_KM = 10;
export declare class SearchVacanciesRequest {
    q?: string;
    sector?: string;
    kind?: (typeof PUBLIC_KINDS)[number];
    near?: string;
    withinKm?: number;
    dateFrom?: string;
    dateTo?: string;
    students?: true;
    newcomersWithoutDutch?: true;
    needsGuidance?: true;
    limit?: number;
    cursor?: string;
}
//# sourceMappingURL=search-vacancies.request.dto.d.ts.map