import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { Centre } from '../centre.entity.js';

@ApiTags('centres')
@ApiBearerAuth()
@Controller('v1/centres')
export class GetCentreHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Staff see their own centre; another centre's id answers 404, exactly like an unknown one. */
  @Get(':centreId')
  @Roles('consortium-admin', 'centre-admin', 'consultant')
  async getCentre(
    @Param('centreId', new ParseUUIDPipe()) centreId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Centre> {
    const centre = await runInTenant(this.dataSource, tenantScopeOf(principal), (manager) =>
      manager.findOneBy(Centre, { id: centreId }),
    );
    if (!centre) throw new NotFoundProblem('centre', centreId);
    return centre;
  }
}
