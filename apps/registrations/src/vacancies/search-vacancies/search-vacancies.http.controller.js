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
import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public, PublicRateLimited } from '@vc/service-kit';
import { SearchVacanciesHandler } from './search-vacancies.handler.js';
import { SearchVacanciesRequest } from './search-vacancies.request.dto.js';
let SearchVacanciesHttpController = class SearchVacanciesHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    /**
     * The centre's public vacancy bank, without login: full text in Dutch, filters, distance from a
     * postcode, cursor pages. No personal data in the answer. Rate limited per client address
     * (PUBLIC_RATE_LIMIT_PER_MINUTE).
     */
    searchVacancies(centreId, query) {
        return this.handler.searchVacancies(centreId, query);
    }
};
__decorate([
    Get(':centreId/vacancies'),
    Public(),
    PublicRateLimited(),
    Header('Cache-Control', 'public, max-age=30'),
    __param(0, Param('centreId', new ParseUUIDPipe())),
    __param(1, Query()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, SearchVacanciesRequest]),
    __metadata("design:returntype", Promise)
], SearchVacanciesHttpController.prototype, "searchVacancies", null);
SearchVacanciesHttpController = __decorate([
    ApiTags('vacancy search'),
    Controller('v1/centres'),
    __param(0, Inject(SearchVacanciesHandler)),
    __metadata("design:paramtypes", [SearchVacanciesHandler])
], SearchVacanciesHttpController);
export { SearchVacanciesHttpController };
//# sourceMappingURL=search-vacancies.http.controller.js.map