import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreOf } from '../organisation-access.js';
import { organisationViewOf, type OrganisationView } from '../organisation.view.js';
import { RegisterOrganisationHandler } from './register-organisation.handler.js';
import { RegisterOrganisationRequest } from './register-organisation.request.dto.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('v1/organisations')
export class RegisterOrganisationHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RegisterOrganisationHandler) private readonly handler: RegisterOrganisationHandler,
  ) {}

  /** An organisation's coordinator registers it, or centre staff do on its behalf; the centre is the caller's. */
  @Post()
  @HttpCode(201)
  @Roles('organisation-coordinator', 'centre-admin', 'consultant')
  async registerOrganisation(
    @Body() request: RegisterOrganisationRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganisationView> {
    const centreId = centreOf(principal);
    const organisation = await runInTenant(this.dataSource, { centreId }, (manager) =>
      this.handler.registerOrganisation(manager, centreId, request),
    );
    return organisationViewOf(organisation);
  }
}
