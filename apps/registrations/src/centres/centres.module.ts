import { Module } from '@nestjs/common';
import { CreateCentreHandler } from './create-centre/create-centre.handler.js';
import { CreateCentreHttpController } from './create-centre/create-centre.http.controller.js';
import { CreateRegionHttpController } from './create-region/create-region.http.controller.js';
import { GetCentreHttpController } from './get-centre/get-centre.http.controller.js';
import { ListRegionsHttpController } from './list-regions/list-regions.http.controller.js';

@Module({
  controllers: [
    CreateRegionHttpController,
    ListRegionsHttpController,
    CreateCentreHttpController,
    GetCentreHttpController,
  ],
  providers: [CreateCentreHandler],
})
export class CentresModule {}
