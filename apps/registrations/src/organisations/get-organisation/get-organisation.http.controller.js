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
import { organisationAccessOf } from '../organisation-access.js';
import { findOrganisation } from '../organisation-lookup.js';
import { organisationViewOf } from '../organisation.view.js';
let GetOrganisationHttpController = class GetOrganisationHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Staff see their centre's organisations, a coordinator their own; anything else is a 404. */
    async getOrganisation(id, principal) {
        const access = organisationAccessOf(principal);
        const organisation = await runInTenant(this.dataSource, access.scope, (manager) => findOrganisation(manager, access, id));
        return organisationViewOf(organisation);
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
], GetOrganisationHttpController.prototype, "getOrganisation", null);
GetOrganisationHttpController = __decorate([
    ApiTags('organisations'),
    ApiBearerAuth(),
    Controller('v1/organisations'),
    __param(0, Inject(DataSource)),
    __metadata("design:paramtypes", [DataSource])
], GetOrganisationHttpController);
export { GetOrganisationHttpController };
//# sourceMappingURL=get-organisation.http.controller.js.map