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
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '@vc/service-kit';
import { staffCentreOf } from '../volunteer-access.js';
import { RegisterVolunteerHandler } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';
let RegisterVolunteerHttpController = class RegisterVolunteerHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    /** A consultant registers someone on their behalf, in the consultant's own centre. */
    register(request, principal) {
        return this.handler.register(staffCentreOf(principal), request, principal.subject);
    }
};
__decorate([
    Post(),
    HttpCode(201),
    Roles('consultant', 'centre-admin'),
    __param(0, Body()),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [RegisterVolunteerRequest, Object]),
    __metadata("design:returntype", Promise)
], RegisterVolunteerHttpController.prototype, "register", null);
RegisterVolunteerHttpController = __decorate([
    ApiTags('volunteers'),
    ApiBearerAuth(),
    Controller('v1/volunteers'),
    __metadata("design:paramtypes", [RegisterVolunteerHandler])
], RegisterVolunteerHttpController);
export { RegisterVolunteerHttpController };
//# sourceMappingURL=register-volunteer.http.controller.js.map