import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { accessToVolunteer, findVolunteer } from '../volunteer-access.js';
import { readSupportNeeds, type SupportNeedsView } from '../volunteer-support-needs.read.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class ReadSupportNeedsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** Consultants of the volunteer's centre only; every answer with support needs is audited. */
  @Get(':id/support-needs')
  @Roles('consultant')
  @Header('Cache-Control', 'no-store')
  async readSupportNeeds(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<SupportNeedsView> {
    const access = accessToVolunteer(principal, id, { staffRoles: ['consultant'], self: false });
    return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const volunteer = await findVolunteer(manager, access, id);
      const needs = await readSupportNeeds(manager, volunteer, access.actor);
      if (!needs) throw new NotFoundProblem('support needs of volunteer', id);
      return needs;
    });
  }
}
