import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { RecordSupportNeedsHandler } from './record-support-needs.handler.js';
import { RecordSupportNeedsRequest } from './record-support-needs.request.dto.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class RecordSupportNeedsHttpController {
  constructor(private readonly handler: RecordSupportNeedsHandler) {}

  /** 204: the answer repeats nothing, so writing support needs is not also a read of them. */
  @Put(':id/support-needs')
  @HttpCode(204)
  @Roles('consultant')
  async recordSupportNeeds(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: RecordSupportNeedsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    const access = accessToVolunteer(principal, id, { staffRoles: ['consultant'], self: false });
    await this.handler.record(access, id, request);
  }
}
