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
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { ChangeVolunteerStatusHandler } from './change-volunteer-status.handler.js';
import { NoBodyPipe } from './no-body.pipe.js';
import { PauseVolunteerRequest } from './pause-volunteer.request.dto.js';
const WHO = { staffRoles: ['consultant', 'centre-admin'], self: true };
let ChangeVolunteerStatusHttpController = class ChangeVolunteerStatusHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    pause(id, request, principal) {
        return this.handler.change(accessToVolunteer(principal, id, WHO), id, 'pause', { pausedUntil: request.pausedUntil });
    }
    resume(id, _body, principal) {
        return this.handler.change(accessToVolunteer(principal, id, WHO), id, 'resume');
    }
    leave(id, _body, principal) {
        return this.handler.change(accessToVolunteer(principal, id, WHO), id, 'leave');
    }
};
__decorate([
    Post(':id/pause'),
    HttpCode(200),
    Roles('consultant', 'centre-admin', 'volunteer'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, Body()),
    __param(2, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, PauseVolunteerRequest, Object]),
    __metadata("design:returntype", Promise)
], ChangeVolunteerStatusHttpController.prototype, "pause", null);
__decorate([
    Post(':id/resume'),
    HttpCode(200),
    Roles('consultant', 'centre-admin', 'volunteer'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, Body(NoBodyPipe)),
    __param(2, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", Promise)
], ChangeVolunteerStatusHttpController.prototype, "resume", null);
__decorate([
    Post(':id/leave'),
    HttpCode(200),
    Roles('consultant', 'centre-admin', 'volunteer'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, Body(NoBodyPipe)),
    __param(2, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", Promise)
], ChangeVolunteerStatusHttpController.prototype, "leave", null);
ChangeVolunteerStatusHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [ChangeVolunteerStatusHandler])
], ChangeVolunteerStatusHttpController);
export { ChangeVolunteerStatusHttpController };
//# sourceMappingURL=change-volunteer-status.http.controller.js.map