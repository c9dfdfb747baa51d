import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { ExportVolunteerDataHandler, type VolunteerDataExport } from './export-volunteer-data.handler.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class ExportVolunteerDataHttpController {
  constructor(private readonly handler: ExportVolunteerDataHandler) {}

  /** The right of access: the person themself, or staff answering their request. */
  @Get(':id/export')
  @Roles('consultant', 'centre-admin', 'volunteer')
  @Header('Cache-Control', 'no-store')
  exportVolunteerData(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<VolunteerDataExport> {
    const access = accessToVolunteer(principal, id, { staffRoles: ['consultant', 'centre-admin'], self: true });
    const mayReadSupportNeeds = access.asSelf || principal.roles.includes('consultant');
    return this.handler.export(access, id, mayReadSupportNeeds);
  }
}
