import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { organisationAccessOf } from '../organisation-access.js';
import { findOrganisation } from '../organisation-lookup.js';
import { organisationViewOf, type OrganisationView } from '../organisation.view.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('v1/organisations')
export class GetOrganisationHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Staff see their centre's organisations, a coordinator their own; anything else is a 404. */
  @Get(':id')
  @Roles('consortium-admin', 'centre-admin', 'consultant', 'organisation-coordinator')
  @Header('Cache-Control', 'no-store')
  async getOrganisation(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganisationView> {
    const access = organisationAccessOf(principal);
    const organisation = await runInTenant(this.dataSource, access.scope, (manager) => findOrganisation(manager, access, id));
    return organisationViewOf(organisation);
  }
}
