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
import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreAccessOf } from '../vacancy-access.js';
import { vacancyViewOf } from '../vacancy.view.js';
import { PublishVacancyHandler } from './publish-vacancy.handler.js';
let PublishVacancyHttpController = class PublishVacancyHttpController {
    constructor(dataSource, handler) {
        this.dataSource = dataSource;
        this.handler = handler;
    }
    async publishVacancy(id, principal) {
        const access = centreAccessOf(principal);
        const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => this.handler.publishVacancy(manager, access, id));
        return vacancyViewOf(vacancy);
    }
};
__decorate([
    Post(':id/publish'),
    HttpCode(200),
    Roles('organisation-coordinator', 'centre-admin', 'consultant'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], PublishVacancyHttpController.prototype, "publishVacancy", null);
PublishVacancyHttpController = __decorate([
    ApiTags('vacancies'),
    ApiBearerAuth(),
    Controller('v1/vacancies'),
    __param(0, Inject(DataSource)),
    __param(1, Inject(PublishVacancyHandler)),
    __metadata("design:paramtypes", [DataSource,
        PublishVacancyHandler])
], PublishVacancyHttpController);
export { PublishVacancyHttpController };
//# sourceMappingURL=publish-vacancy.http.controller.js.map