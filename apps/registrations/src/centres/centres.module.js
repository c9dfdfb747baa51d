var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Module } from '@nestjs/common';
import { CreateCentreHandler } from './create-centre/create-centre.handler.js';
import { CreateCentreHttpController } from './create-centre/create-centre.http.controller.js';
import { CreateRegionHttpController } from './create-region/create-region.http.controller.js';
import { GetCentreHttpController } from './get-centre/get-centre.http.controller.js';
import { ListRegionsHttpController } from './list-regions/list-regions.http.controller.js';
let CentresModule = class CentresModule {
};
CentresModule = __decorate([
    Module({
        controllers: [
            CreateRegionHttpController,
            ListRegionsHttpController,
            CreateCentreHttpController,
            GetCentreHttpController,
        ],
        providers: [CreateCentreHandler],
    })
], CentresModule);
export { CentresModule };
//# sourceMappingURL=centres.module.js.map