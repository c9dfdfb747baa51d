var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { Region } from '../region.entity.js';
let ListRegionsHttpController = class ListRegionsHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Regions are reference data every signed-in user may read. */
    async listRegions() {
        return runInTenant(this.dataSource, { consortium: true }, (manager) => manager.find(Region, { order: { name: 'ASC' } }));
    }
};
__decorate([
    Get(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], ListRegionsHttpController.prototype, "listRegions", null);
ListRegionsHttpController = __decorate([
    ApiTags('centres'),
    ApiBearerAuth(),
    Controller('v1/regions'),
    __metadata("design:paramtypes", [DataSource])
], ListRegionsHttpController);
export { ListRegionsHttpController };
//# sourceMappingURL=list-regions.http.controller.js.map