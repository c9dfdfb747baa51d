var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundProblem, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { todayInAmsterdam } from '../vacancy-values.js';
import { PC4_CENTROIDS } from './pc4-centroids.token.js';
import { publicVacancyOf } from './public-vacancy.view.js';
import { decodeSearchCursor, encodeSearchCursor, searchFingerprint } from './search-cursor.js';
import { DEFAULT_SEARCH_PAGE, DEFAULT_WITHIN_KM } from './search-vacancies.request.dto.js';
import { searchVacancies } from './vacancy-search.query.js';
let SearchVacanciesHandler = class SearchVacanciesHandler {
    constructor(dataSource, centroids) {
        this.dataSource = dataSource;
        this.centroids = centroids;
    }
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
    async searchVacancies(centreId, request, today = todayInAmsterdam()) {
        const limit = request.limit ?? DEFAULT_SEARCH_PAGE;
        const { near, origin, areas } = this.nearFilterOf(request);
        const filters = {
            centreId,
            today,
            q: request.q,
            sector: request.sector,
            kind: request.kind,
            areas,
            dateFrom: request.dateFrom,
            dateTo: request.dateTo,
            students: request.students,
            newcomersWithoutDutch: request.newcomersWithoutDutch,
            needsGuidance: request.needsGuidance,
        };
        // Bound to the filters, not to `today` or the areas derived from them: a page turned after midnight still continues.
        const fingerprint = searchFingerprint({ ...filters, today: undefined, areas: undefined, near: request.near, withinKm: near?.withinKm });
        const cursor = request.cursor === undefined ? undefined : decodeSearchCursor(request.cursor, fingerprint);
        const page = await searchVacancies(this.dataSource.manager, filters, limit, cursor);
        // Only a centre that exists has listed vacancies, so an empty page is the only one that needs to ask.
        if (page.rows.length === 0)
            await this.assertCentreExists(centreId);
        return {
            items: page.rows.map((row) => publicVacancyOf(row, this.centroids, origin)),
            nextCursor: page.next ? encodeSearchCursor(page.next, fingerprint) : null,
            near,
        };
    }
    async assertCentreExists(centreId) {
        const [centre] = await runInTenant(this.dataSource, { centreId }, (manager) => manager.query(`SELECT 1 FROM centre WHERE id = $1`, [centreId]));
        if (!centre)
            throw new NotFoundProblem('centre', centreId);
    }
    nearFilterOf(request) {
        if (request.near === undefined)
            return { near: null, origin: undefined, areas: undefined };
        const postcodeArea = request.near.slice(0, 4);
        const withinKm = request.withinKm ?? DEFAULT_WITHIN_KM;
        const origin = this.centroids.centroidOf(postcodeArea);
        if (!origin) {
            const note = `Postcode area ${postcodeArea} is unknown, so the results are not filtered by distance`;
            return { near: { postcodeArea, withinKm, applied: false, note }, origin: undefined, areas: undefined };
        }
        return { near: { postcodeArea, withinKm, applied: true, note: null }, origin, areas: this.centroids.areasWithin(origin, withinKm) };
    }
};
SearchVacanciesHandler = __decorate([
    Injectable(),
    __param(0, Inject(DataSource)),
    __param(1, Inject(PC4_CENTROIDS)),
    __metadata("design:paramtypes", [DataSource, Function])
], SearchVacanciesHandler);
export { SearchVacanciesHandler };
//# sourceMappingURL=search-vacancies.handler.js.map