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
import { Body, Controller, Inject, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreAccessOf } from '../vacancy-access.js';
import { vacancyViewOf } from '../vacancy.view.js';
import { UpdateVacancyHandler } from './update-vacancy.handler.js';
import { UpdateVacancyRequest } from './update-vacancy.request.dto.js';
let UpdateVacancyHttpController = class UpdateVacancyHttpController {
    constructor(dataSource, handler) {
        this.dataSource = dataSource;
        this.handler = handler;
    }
    /** Changes a draft, published or filled vacancy; closed and expired ones are final (409). */
    async updateVacancy(id, change, principal) {
        const access = centreAccessOf(principal);
        const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => this.handler.updateVacancy(manager, access, id, change));
        return vacancyViewOf(vacancy);
    }
};
__decorate([
    Patch(':id'),
    Roles('organisation-coordinator', 'centre-admin', 'consultant'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, Body()),
    __param(2, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, UpdateVacancyRequest, Object]),
    __metadata("design:returntype", Promise)
], UpdateVacancyHttpController.prototype, "updateVacancy", null);
UpdateVacancyHttpController = __decorate([
    ApiTags('vacancies'),
    ApiBearerAuth(),
    Controller('v1/vacancies'),
    __param(0, Inject(DataSource)),
    __param(1, Inject(UpdateVacancyHandler)),
    __metadata("design:paramtypes", [DataSource,
        UpdateVacancyHandler])
], UpdateVacancyHttpController);
export { UpdateVacancyHttpController };
//# sourceMappingURL=update-vacancy.http.controller.js.map