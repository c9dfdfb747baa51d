import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { accessToVolunteer, findVolunteer } from '../volunteer-access.js';
import { volunteerViewOf, type VolunteerView } from '../volunteer.view.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class GetVolunteerHttpController {
  constructor(private readonly dataSource: DataSource) {}

  /** The profile, for the centre's staff and the volunteer themself; support needs have their own, audited, route. */
  @Get(':id')
  @Roles('consultant', 'centre-admin', 'volunteer')
  @Header('Cache-Control', 'no-store')
  async getVolunteer(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<VolunteerView> {
    const access = accessToVolunteer(principal, id, { staffRoles: ['consultant', 'centre-admin'], self: true });
    const volunteer = await runInTenant(this.dataSource, { centreId: access.centreId }, (manager) => findVolunteer(manager, access, id));
    return volunteerViewOf(volunteer);
  }
}
