import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { Region } from '../region.entity.js';

@ApiTags('centres')
@ApiBearerAuth()
@Controller('v1/regions')
export class ListRegionsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Regions are reference data every signed-in user may read. */
  @Get()
  async listRegions(): Promise<Region[]> {
    return runInTenant(this.dataSource, { consortium: true }, (manager) =>
      manager.find(Region, { order: { name: 'ASC' } }),
    );
  }
}
