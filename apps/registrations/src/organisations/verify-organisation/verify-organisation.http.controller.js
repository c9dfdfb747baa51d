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
import { centreOf } from '../organisation-access.js';
import { organisationViewOf } from '../organisation.view.js';
import { VerifyOrganisationHandler } from './verify-organisation.handler.js';
let VerifyOrganisationHttpController = class VerifyOrganisationHttpController {
    constructor(dataSource, handler) {
        this.dataSource = dataSource;
        this.handler = handler;
    }
    /** The centre checked the organisation; from now on its vacancies may be published. */
    async verifyOrganisation(id, principal) {
        const centreId = centreOf(principal);
        const organisation = await runInTenant(this.dataSource, { centreId }, (manager) => this.handler.verifyOrganisation(manager, centreId, id));
        return organisationViewOf(organisation);
    }
};
__decorate([
    Post(':id/verify'),
    HttpCode(200),
    Roles('consultant', 'centre-admin'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], VerifyOrganisationHttpController.prototype, "verifyOrganisation", null);
VerifyOrganisationHttpController = __decorate([
    ApiTags('organisations'),
    ApiBearerAuth(),
    Controller('v1/organisations'),
    __param(0, Inject(DataSource)),
    __param(1, Inject(VerifyOrganisationHandler)),
    __metadata("design:paramtypes", [DataSource,
        VerifyOrganisationHandler])
], VerifyOrganisationHttpController);
export { VerifyOrganisationHttpController };
//# sourceMappingURL=verify-organisation.http.controller.js.map