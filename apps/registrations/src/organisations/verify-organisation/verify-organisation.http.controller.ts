import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreOf } from '../organisation-access.js';
import { organisationViewOf, type OrganisationView } from '../organisation.view.js';
import { VerifyOrganisationHandler } from './verify-organisation.handler.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('v1/organisations')
export class VerifyOrganisationHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VerifyOrganisationHandler) private readonly handler: VerifyOrganisationHandler,
  ) {}

  /** The centre checked the organisation; from now on its vacancies may be published. */
  @Post(':id/verify')
  @HttpCode(200)
  @Roles('consultant', 'centre-admin')
  async verifyOrganisation(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganisationView> {
    const centreId = centreOf(principal);
    const organisation = await runInTenant(this.dataSource, { centreId }, (manager) =>
      this.handler.verifyOrganisation(manager, centreId, id),
    );
    return organisationViewOf(organisation);
  }
}
