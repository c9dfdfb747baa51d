import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ConflictProblem, Roles, runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Region } from '../region.entity.js';
import { CreateRegionRequest } from './create-region.request.dto.js';

@ApiTags('centres')
@ApiBearerAuth()
@Controller('v1/regions')
export class CreateRegionHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @HttpCode(201)
  @Roles('consortium-admin')
  async createRegion(@Body() request: CreateRegionRequest): Promise<Region> {
    return runInTenant(this.dataSource, { consortium: true }, async (manager) => {
      const existing = await manager.findOneBy(Region, { name: request.name });
      if (existing) throw new ConflictProblem(`A region named "${request.name}" exists already`, 'region-exists');
      return manager.save(manager.create(Region, { id: randomUUID(), name: request.name }));
    });
  }
}
