import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { STAFF } from '../../shared/roles.js';
import type { EnrolmentView } from '../enrolment.view.js';
import { CancelEnrolmentHandler } from './cancel-enrolment.handler.js';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('v1/enrolments')
export class CancelEnrolmentHttpController {
  constructor(@Inject(CancelEnrolmentHandler) private readonly handler: CancelEnrolmentHandler) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('volunteer', 'organisation-coordinator', ...STAFF)
  cancelEnrolment(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<EnrolmentView> {
    return this.handler.cancelEnrolment(principal, id);
  }
}
