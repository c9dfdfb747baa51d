import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { staffCentreOf } from '../volunteer-access.js';
import type { VolunteerReceipt } from '../volunteer.view.js';
import { RegisterVolunteerHandler } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

@ApiTags('volunteers')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class RegisterVolunteerHttpController {
  constructor(private readonly handler: RegisterVolunteerHandler) {}

  /** A consultant registers someone on their behalf, in the consultant's own centre. */
  @Post()
  @HttpCode(201)
  @Roles('consultant', 'centre-admin')
  register(@Body() request: RegisterVolunteerRequest, @CurrentPrincipal() principal: Principal): Promise<VolunteerReceipt> {
    return this.handler.register(staffCentreOf(principal), request, principal.subject);
  }
}
