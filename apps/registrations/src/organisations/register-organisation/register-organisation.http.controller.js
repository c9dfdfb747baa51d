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
import { centreOf } from '../organisation-access.js';
import { organisationViewOf } from '../organisation.view.js';
import { RegisterOrganisationHandler } from './register-organisation.handler.js';
import { RegisterOrganisationRequest } from './register-organisation.request.dto.js';
let RegisterOrganisationHttpController = class RegisterOrganisationHttpController {
    constructor(dataSource, handler) {
        this.dataSource = dataSource;
        this.handler = handler;
    }
    /** An organisation's coordinator registers it, or centre staff do on its behalf; the centre is the caller's. */
    async registerOrganisation(request, principal) {
        const centreId = centreOf(principal);
        const organisation = await runInTenant(this.dataSource, { centreId }, (manager) => this.handler.registerOrganisation(manager, centreId, request));
        return organisationViewOf(organisation);
    }
};
__decorate([
    Post(),
    HttpCode(201),
    Roles('organisation-coordinator', 'centre-admin', 'consultant'),
    __param(0, Body()),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [RegisterOrganisationRequest, Object]),
    __metadata("design:returntype", Promise)
], RegisterOrganisationHttpController.prototype, "registerOrganisation", null);
RegisterOrganisationHttpController = __decorate([
    ApiTags('organisations'),
    ApiBearerAuth(),
    Controller('v1/organisations'),
    __param(0, Inject(DataSource)),
    __param(1, Inject(RegisterOrganisationHandler)),
    __metadata("design:paramtypes", [DataSource,
        RegisterOrganisationHandler])
], RegisterOrganisationHttpController);
export { RegisterOrganisationHttpController };
//# sourceMappingURL=register-organisation.http.controller.js.map