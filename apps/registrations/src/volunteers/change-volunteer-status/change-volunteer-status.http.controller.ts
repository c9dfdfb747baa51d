import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import type { VolunteerReceipt } from '../volunteer.view.js';
import { ChangeVolunteerStatusHandler } from './change-volunteer-status.handler.js';
import { NoBodyPipe } from './no-body.pipe.js';
import { PauseVolunteerRequest } from './pause-volunteer.request.dto.js';

const WHO = { staffRoles: ['consultant', 'centre-admin'], self: true } as const;

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class ChangeVolunteerStatusHttpController {
  constructor(private readonly handler: ChangeVolunteerStatusHandler) {}

  @Post(':id/pause')
  @HttpCode(200)
  @Roles('consultant', 'centre-admin', 'volunteer')
  pause(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: PauseVolunteerRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VolunteerReceipt> {
    return this.handler.change(accessToVolunteer(principal, id, WHO), id, 'pause', { pausedUntil: request.pausedUntil });
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles('consultant', 'centre-admin', 'volunteer')
  resume(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(NoBodyPipe) _body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VolunteerReceipt> {
    return this.handler.change(accessToVolunteer(principal, id, WHO), id, 'resume');
  }

  @Post(':id/leave')
  @HttpCode(200)
  @Roles('consultant', 'centre-admin', 'volunteer')
  leave(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(NoBodyPipe) _body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VolunteerReceipt> {
    return this.handler.change(accessToVolunteer(principal, id, WHO), id, 'leave');
  }
}
