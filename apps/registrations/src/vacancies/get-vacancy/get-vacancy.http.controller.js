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
import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { organisationAccessOf } from '../../organisations/organisation-access.js';
import { findVacancy } from '../vacancy-lookup.js';
import { vacancyViewOf } from '../vacancy.view.js';
let GetVacancyHttpController = class GetVacancyHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Any status, help requests included; staff of the centre, or the organisation's own coordinator. */
    async getVacancy(id, principal) {
        const access = organisationAccessOf(principal);
        const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => findVacancy(manager, access, id));
        return vacancyViewOf(vacancy);
    }
};
__decorate([
    Get(':id'),
    Roles('consortium-admin', 'centre-admin', 'consultant', 'organisation-coordinator'),
    Header('Cache-Control', 'no-store'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], GetVacancyHttpController.prototype, "getVacancy", null);
GetVacancyHttpController = __decorate([
    ApiTags('vacancies'),
    ApiBearerAuth(),
    Controller('v1/vacancies'),
    __param(0, Inject(DataSource)),
    __metadata("design:paramtypes", [DataSource])
], GetVacancyHttpController);
export { GetVacancyHttpController };
//# sourceMappingURL=get-vacancy.http.controller.js.map