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
import { ApiTags } from '@nestjs/swagger';
import { Public, PublicRateLimited } from '@vc/service-kit';
import { SELF } from '../volunteer-access.js';
import { RegisterVolunteerHandler } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';
let SelfRegisterVolunteerHttpController = class SelfRegisterVolunteerHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    /** The centre's public sign-up form. Honours Idempotency-Key, so a double submit registers once. */
    register(centreId, request) {
        return this.handler.register(centreId, request, SELF);
    }
};
__decorate([
    Post(),
    HttpCode(201),
    Public(),
    PublicRateLimited(),
    __param(0, Param('centreId', new ParseUUIDPipe())),
    __param(1, Body()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, RegisterVolunteerRequest]),
    __metadata("design:returntype", Promise)
], SelfRegisterVolunteerHttpController.prototype, "register", null);
SelfRegisterVolunteerHttpController = __decorate([
    ApiTags('volunteers'),
    Controller('v1/centres/:centreId/volunteers/registrations'),
    __metadata("design:paramtypes", [RegisterVolunteerHandler])
], SelfRegisterVolunteerHttpController);
export { SelfRegisterVolunteerHttpController };
//# sourceMappingURL=self-register-volunteer.http.controller.js.map