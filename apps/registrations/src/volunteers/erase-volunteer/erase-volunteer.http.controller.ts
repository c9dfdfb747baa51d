import { Controller, Delete, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { accessToVolunteer } from '../volunteer-access.js';
import { EraseVolunteerHandler } from './erase-volunteer.handler.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class EraseVolunteerHttpController {
  constructor(private readonly handler: EraseVolunteerHandler) {}

  /** The right to erasure: the person themself, or a centre admin on their request. 204 also when already erased. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('centre-admin', 'volunteer')
  async eraseVolunteer(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    const access = accessToVolunteer(principal, id, { staffRoles: ['centre-admin'], self: true });
    await this.handler.erase(access, id);
  }
}
