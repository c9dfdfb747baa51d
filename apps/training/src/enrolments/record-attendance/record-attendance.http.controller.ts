import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreOf } from '../../tenancy/tenant-scope.js';
import { RecordAttendanceHandler, type AttendanceResult } from './record-attendance.handler.js';

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller('v1/enrolments')
export class RecordAttendanceHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RecordAttendanceHandler) private readonly handler: RecordAttendanceHandler,
  ) {}

  /** The trainer (or the centre's admin) of the centre offering the session. */
  @Post(':id/attendance')
  @HttpCode(200)
  @Roles('trainer', 'centre-admin')
  recordAttendance(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<AttendanceResult> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, (manager) => this.handler.recordAttendance(manager, centreId, id));
  }
}
