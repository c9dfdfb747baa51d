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
import { Controller, Delete, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { EraseVolunteerHandler } from './erase-volunteer.handler.js';
let EraseVolunteerHttpController = class EraseVolunteerHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    /** The right to erasure: the person themself, or a centre admin on their request. 204 also when already erased. */
    async eraseVolunteer(id, principal) {
        const access = accessToVolunteer(principal, id, { staffRoles: ['centre-admin'], self: true });
        await this.handler.erase(access, id);
    }
};
__decorate([
    Delete(':id'),
    HttpCode(204),
    Roles('centre-admin', 'volunteer'),
    __param(0, Param('id', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], EraseVolunteerHttpController.prototype, "eraseVolunteer", null);
EraseVolunteerHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [EraseVolunteerHandler])
], EraseVolunteerHttpController);
export { EraseVolunteerHttpController };
//# sourceMappingURL=erase-volunteer.http.controller.js.map