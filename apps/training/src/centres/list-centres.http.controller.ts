import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vc/service-kit';
import { DataSource } from 'typeorm';

export interface KnownCentre {
  id: string;
  regionId: string;
  name: string;
}

@ApiTags('centres')
@ApiBearerAuth()
@Controller('v1/centres')
export class ListCentresHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The centres training has learnt of from registrations' events (reference data, not a tenant's
   * rows): for operators checking that the events arrive, and for the demo seed.
   */
  @Get()
  @Roles('consortium-admin')
  @Header('Cache-Control', 'no-store')
  listCentres(): Promise<KnownCentre[]> {
    return this.dataSource.query(`SELECT id, region_id AS "regionId", name FROM centre ORDER BY name, id`);
  }
}
