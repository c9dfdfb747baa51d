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
import { organisationAccessOf } from '../organisation-access.js';
import { Organisation } from '../organisation.entity.js';
import { organisationViewOf } from '../organisation.view.js';
import { decodeIdCursor, DEFAULT_PAGE_SIZE, pageOf } from '../../shared/paging.js';
import { ListOrganisationsRequest } from './list-organisations.request.dto.js';
let ListOrganisationsHttpController = class ListOrganisationsHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** The centre's organisations, newest first (a consortium admin: every centre's). */
    async listOrganisations(query, principal) {
        const { scope } = organisationAccessOf(principal);
        const limit = query.limit ?? DEFAULT_PAGE_SIZE;
        const before = query.cursor === undefined ? undefined : decodeIdCursor(query.cursor);
        const rows = await runInTenant(this.dataSource, scope, (manager) => {
            const select = manager.createQueryBuilder(Organisation, 'organisation').orderBy('organisation.id', 'DESC').limit(limit + 1);
            if ('centreId' in scope)
                select.andWhere('organisation.centre_id = :centreId', { centreId: scope.centreId });
            if (query.status)
                select.andWhere('organisation.status = :status', { status: query.status });
            if (before)
                select.andWhere('organisation.id < :before', { before });
            return select.getMany();
        });
        return pageOf(rows, limit, organisationViewOf);
    }
};
__decorate([
    Get(),
    Roles('consortium-admin', 'centre-admin', 'consultant'),
    Header('Cache-Control', 'no-store'),
    __param(0, Query()),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ListOrganisationsRequest, Object]),
    __metadata("design:returntype", Promise)
], ListOrganisationsHttpController.prototype, "listOrganisations", null);
ListOrganisationsHttpController = __decorate([
    ApiTags('organisations'),
    ApiBearerAuth(),
    Controller('v1/organisations'),
    __param(0, Inject(DataSource)),
    __metadata("design:paramtypes", [DataSource])
], ListOrganisationsHttpController);
export { ListOrganisationsHttpController };
//# sourceMappingURL=list-organisations.http.controller.js.map