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
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { Centre } from '../centre.entity.js';
let GetCentreHttpController = class GetCentreHttpController {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** Staff see their own centre; another centre's id answers 404, exactly like an unknown one. */
    async getCentre(centreId, principal) {
        const centre = await runInTenant(this.dataSource, tenantScopeOf(principal), (manager) => manager.findOneBy(Centre, { id: centreId }));
        if (!centre)
            throw new NotFoundProblem('centre', centreId);
        return centre;
    }
};
__decorate([
    Get(':centreId'),
    Roles('consortium-admin', 'centre-admin', 'consultant'),
    __param(0, Param('centreId', new ParseUUIDPipe())),
    __param(1, CurrentPrincipal()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], GetCentreHttpController.prototype, "getCentre", null);
GetCentreHttpController = __decorate([
    ApiTags('centres'),
    ApiBearerAuth(),
    Controller('v1/centres'),
    __metadata("design:paramtypes", [DataSource])
], GetCentreHttpController);
export { GetCentreHttpController };
//# sourceMappingURL=get-centre.http.controller.js.map