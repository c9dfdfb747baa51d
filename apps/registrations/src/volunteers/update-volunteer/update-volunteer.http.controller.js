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
import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { UpdateVolunteerHandler } from './update-volunteer.handler.js';
import { UpdateVolunteerRequest } from './update-volunteer.request.dto.js';
let UpdateVolunteerHttpController = class UpdateVolunteerHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    updateVolunteer(id, request, principal) {
        const access = accessToVolunteer(principal, id, { staffRoles: ['consultant', 'centre-admin'], self: true });
        return this.handler.update(access, id, request);
    }
};
__decorate([
    Patch(':id'),
    Roles('consultant', 'centre-admin', 'volunteer'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, Body()),
    __param(2, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, UpdateVolunteerRequest, Object]),
    __metadata("design:returntype", Promise)
], UpdateVolunteerHttpController.prototype, "updateVolunteer", null);
UpdateVolunteerHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [UpdateVolunteerHandler])
], UpdateVolunteerHttpController);
export { UpdateVolunteerHttpController };
//# sourceMappingURL=update-volunteer.http.controller.js.map