import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, ValidationProblem, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { STAFF } from '../../shared/roles.js';
import { centreOf } from '../../tenancy/tenant-scope.js';
import type { SessionView } from '../session.view.js';
import { ScheduleSessionHandler } from './schedule-session.handler.js';
import { ScheduleSessionRequest } from './schedule-session.request.dto.js';
import { sessionFieldErrors } from './schedule-session.rules.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('v1/courses')
export class ScheduleSessionHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ScheduleSessionHandler) private readonly handler: ScheduleSessionHandler,
  ) {}

  @Post(':courseId/sessions')
  @HttpCode(201)
  @Roles(...STAFF)
  async scheduleSession(
    @Param('courseId', new ParseUUIDPipe()) courseId: string,
    @Body() request: ScheduleSessionRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SessionView> {
    const errors = sessionFieldErrors(request);
    if (errors.length > 0) throw new ValidationProblem(errors);
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, (manager) => this.handler.scheduleSession(manager, centreId, courseId, request));
  }
}
