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
import { CurrentPrincipal, Roles } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { ExportVolunteerDataHandler } from './export-volunteer-data.handler.js';
let ExportVolunteerDataHttpController = class ExportVolunteerDataHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    /** The right of access: the person themself, or staff answering their request. */
    exportVolunteerData(id, principal) {
        const access = accessToVolunteer(principal, id, { staffRoles: ['consultant', 'centre-admin'], self: true });
        const mayReadSupportNeeds = access.asSelf || principal.roles.includes('consultant');
        return this.handler.export(access, id, mayReadSupportNeeds);
    }
};
__decorate([
    Get(':id/export'),
    Roles('consultant', 'centre-admin', 'volunteer'),
    Header('Cache-Control', 'no-store'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ExportVolunteerDataHttpController.prototype, "exportVolunteerData", null);
ExportVolunteerDataHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [ExportVolunteerDataHandler])
], ExportVolunteerDataHttpController);
export { ExportVolunteerDataHttpController };
//# sourceMappingURL=export-volunteer-data.http.controller.js.map