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
import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { accessToVolunteer, findVolunteer } from '../volunteer-access.js';
import { readSupportNeeds } from '../volunteer-support-needs.read.js';
let ReadSupportNeedsHttpController = class ReadSupportNeedsHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Consultants of the volunteer's centre only; every answer with support needs is audited. */
    async readSupportNeeds(id, principal) {
        const access = accessToVolunteer(principal, id, { staffRoles: ['consultant'], self: false });
        return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const volunteer = await findVolunteer(manager, access, id);
            const needs = await readSupportNeeds(manager, volunteer, access.actor);
            if (!needs)
                throw new NotFoundProblem('support needs of volunteer', id);
            return needs;
        });
    }
};
__decorate([
    Get(':id/support-needs'),
    Roles('consultant'),
    Header('Cache-Control', 'no-store'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ReadSupportNeedsHttpController.prototype, "readSupportNeeds", null);
ReadSupportNeedsHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [DataSource])
], ReadSupportNeedsHttpController);
export { ReadSupportNeedsHttpController };
//# sourceMappingURL=read-support-needs.http.controller.js.map