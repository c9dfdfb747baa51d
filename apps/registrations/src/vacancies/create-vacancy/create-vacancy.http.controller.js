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
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreAccessOf } from '../vacancy-access.js';
import { vacancyViewOf } from '../vacancy.view.js';
import { CreateVacancyHandler } from './create-vacancy.handler.js';
import { CreateVacancyRequest } from './create-vacancy.request.dto.js';
let CreateVacancyHttpController = class CreateVacancyHttpController {
    constructor(dataSource, handler) {
        this.dataSource = dataSource;
        this.handler = handler;
    }
    /** A coordinator drafts a vacancy for their organisation, or centre staff for one of the centre's. */
    async createVacancy(request, principal) {
        const access = centreAccessOf(principal);
        const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => this.handler.createVacancy(manager, access, request));
        return vacancyViewOf(vacancy);
    }
};
__decorate([
    Post(),
    HttpCode(201),
    Roles('organisation-coordinator', 'centre-admin', 'consultant'),
    __param(0, Body()),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CreateVacancyRequest, Object]),
    __metadata("design:returntype", Promise)
], CreateVacancyHttpController.prototype, "createVacancy", null);
CreateVacancyHttpController = __decorate([
    ApiTags('vacancies'),
    ApiBearerAuth(),
    Controller('v1/vacancies'),
    __param(0, Inject(DataSource)),
    __param(1, Inject(CreateVacancyHandler)),
    __metadata("design:paramtypes", [DataSource,
        CreateVacancyHandler])
], CreateVacancyHttpController);
export { CreateVacancyHttpController };
//# sourceMappingURL=create-vacancy.http.controller.js.map