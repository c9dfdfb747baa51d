import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { STAFF } from '../../shared/roles.js';
import type { EnrolmentView } from '../enrolment.view.js';
import { EnrolHandler } from './enrol.handler.js';
import { EnrolRequest } from './enrol.request.dto.js';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('v1/sessions')
export class EnrolHttpController {
  constructor(@Inject(EnrolHandler) private readonly handler: EnrolHandler) {}

  /** 201 with status `enrolled`, or `waitlisted` with the place in line when the session is full. */
  @Post(':id/enrolments')
  @HttpCode(201)
  @Roles('volunteer', 'organisation-coordinator', ...STAFF)
  enrol(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: EnrolRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EnrolmentView> {
    return this.handler.enrol(principal, id, request);
  }
}
