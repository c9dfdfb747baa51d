import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public, PublicRateLimited } from '@vc/service-kit';
import { SELF } from '../volunteer-access.js';
import type { VolunteerReceipt } from '../volunteer.view.js';
import { RegisterVolunteerHandler } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

@ApiTags('volunteers')
@Controller('v1/centres/:centreId/volunteers/registrations')
export class SelfRegisterVolunteerHttpController {
  constructor(private readonly handler: RegisterVolunteerHandler) {}

  /** The centre's public sign-up form. Honours Idempotency-Key, so a double submit registers once. */
  @Post()
  @HttpCode(201)
  @Public()
  @PublicRateLimited()
  register(@Param('centreId', new ParseUUIDPipe()) centreId: string, @Body() request: RegisterVolunteerRequest): Promise<VolunteerReceipt> {
    return this.handler.register(centreId, request, SELF);
  }
}
