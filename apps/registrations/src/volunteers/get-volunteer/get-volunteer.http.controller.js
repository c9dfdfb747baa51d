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
import { CurrentPrincipal, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { accessToVolunteer, findVolunteer } from '../volunteer-access.js';
import { volunteerViewOf } from '../volunteer.view.js';
let GetVolunteerHttpController = class GetVolunteerHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** The profile, for the centre's staff and the volunteer themself; support needs have their own, audited, route. */
    async getVolunteer(id, principal) {
        const access = accessToVolunteer(principal, id, { staffRoles: ['consultant', 'centre-admin'], self: true });
        const volunteer = await runInTenant(this.dataSource, { centreId: access.centreId }, (manager) => findVolunteer(manager, access, id));
        return volunteerViewOf(volunteer);
    }
};
__decorate([
    Get(':id'),
    Roles('consultant', 'centre-admin', 'volunteer'),
    Header('Cache-Control', 'no-store'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], GetVolunteerHttpController.prototype, "getVolunteer", null);
GetVolunteerHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [DataSource])
], GetVolunteerHttpController);
export { GetVolunteerHttpController };
//# sourceMappingURL=get-volunteer.http.controller.js.map