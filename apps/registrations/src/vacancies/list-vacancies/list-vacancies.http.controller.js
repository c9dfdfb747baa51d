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
import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { organisationAccessOf } from '../../organisations/organisation-access.js';
import { decodeIdCursor, DEFAULT_PAGE_SIZE, pageOf } from '../../shared/paging.js';
import { Vacancy } from '../vacancy.entity.js';
import { vacancyViewOf } from '../vacancy.view.js';
import { ListVacanciesRequest } from './list-vacancies.request.dto.js';
let ListVacanciesHttpController = class ListVacanciesHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** The centre's vacancies in every status, newest first; a coordinator sees their organisation's. */
    async listVacancies(query, principal) {
        const access = organisationAccessOf(principal);
        const limit = query.limit ?? DEFAULT_PAGE_SIZE;
        const before = query.cursor === undefined ? undefined : decodeIdCursor(query.cursor);
        const organisationIds = [access.organisationId, query.organisationId?.toLowerCase()].filter((id) => id !== undefined);
        const rows = await runInTenant(this.dataSource, access.scope, (manager) => {
            const select = manager.createQueryBuilder(Vacancy, 'vacancy').orderBy('vacancy.id', 'DESC').limit(limit + 1);
            if ('centreId' in access.scope)
                select.andWhere('vacancy.centre_id = :centreId', { centreId: access.scope.centreId });
            organisationIds.forEach((organisationId, index) => select.andWhere(`vacancy.organisation_id = :organisation${index}`, { [`organisation${index}`]: organisationId }));
            if (query.status)
                select.andWhere('vacancy.status = :status', { status: query.status });
            if (query.kind)
                select.andWhere('vacancy.kind = :kind', { kind: query.kind });
            if (before)
                select.andWhere('vacancy.id < :before', { before });
            return select.getMany();
        });
        return pageOf(rows, limit, vacancyViewOf);
    }
};
__decorate([
    Get(),
    Roles('consortium-admin', 'centre-admin', 'consultant', 'organisation-coordinator'),
    Header('Cache-Control', 'no-store'),
    __param(0, Query()),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ListVacanciesRequest, Object]),
    __metadata("design:returntype", Promise)
], ListVacanciesHttpController.prototype, "listVacancies", null);
ListVacanciesHttpController = __decorate([
    ApiTags('vacancies'),
    ApiBearerAuth(),
    Controller('v1/vacancies'),
    __param(0, Inject(DataSource)),
    __metadata("design:paramtypes", [DataSource])
], ListVacanciesHttpController);
export { ListVacanciesHttpController };
//# sourceMappingURL=list-vacancies.http.controller.js.map