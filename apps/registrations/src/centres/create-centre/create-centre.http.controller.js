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
import { Roles } from '@vc/service-kit';
import { CreateCentreHandler } from './create-centre.handler.js';
import { CreateCentreRequest } from './create-centre.request.dto.js';
let CreateCentreHttpController = class CreateCentreHttpController {
    constructor(handler) {
        this.handler = handler;
    }
    createCentre(request) {
        return this.handler.createCentre(request);
    }
};
__decorate([
    Post(),
    HttpCode(201),
    Roles('consortium-admin'),
    __param(0, Body()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CreateCentreRequest]),
    __metadata("design:returntype", Promise)
], CreateCentreHttpController.prototype, "createCentre", null);
CreateCentreHttpController = __decorate([
    ApiTags('centres'),
    ApiBearerAuth(),
    Controller('v1/centres'),
    __metadata("design:paramtypes", [CreateCentreHandler])
], CreateCentreHttpController);
export { CreateCentreHttpController };
//# sourceMappingURL=create-centre.http.controller.js.map