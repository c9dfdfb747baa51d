import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import type { VolunteerView } from '../volunteer.view.js';
import { UpdateVolunteerHandler } from './update-volunteer.handler.js';
import { UpdateVolunteerRequest } from './update-volunteer.request.dto.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class UpdateVolunteerHttpController {
  constructor(private readonly handler: UpdateVolunteerHandler) {}

  @Patch(':id')
  @Roles('consultant', 'centre-admin', 'volunteer')
  updateVolunteer(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: UpdateVolunteerRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VolunteerView> {
    const access = accessToVolunteer(principal, id, { staffRoles: ['consultant', 'centre-admin'], self: true });
    return this.handler.update(access, id, request);
  }
}
