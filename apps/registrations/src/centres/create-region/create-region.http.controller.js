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
import { ConflictProblem, Roles, runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Region } from '../region.entity.js';
import { CreateRegionRequest } from './create-region.request.dto.js';
let CreateRegionHttpController = class CreateRegionHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async createRegion(request) {
        return runInTenant(this.dataSource, { consortium: true }, async (manager) => {
            const existing = await manager.findOneBy(Region, { name: request.name });
            if (existing)
                throw new ConflictProblem(`A region named "${request.name}" exists already`, 'region-exists');
            return manager.save(manager.create(Region, { id: randomUUID(), name: request.name }));
        });
    }
};
__decorate([
    Post(),
    HttpCode(201),
    Roles('consortium-admin'),
    __param(0, Body()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CreateRegionRequest]),
    __metadata("design:returntype", Promise)
], CreateRegionHttpController.prototype, "createRegion", null);
CreateRegionHttpController = __decorate([
    ApiTags('centres'),
    ApiBearerAuth(),
    Controller('v1/regions'),
    __metadata("design:paramtypes", [DataSource])
], CreateRegionHttpController);
export { CreateRegionHttpController };
//# sourceMappingURL=create-region.http.controller.js.map