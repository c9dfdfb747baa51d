import { Module } from '@nestjs/common';
import { CancelEnrolmentHandler } from './cancel-enrolment/cancel-enrolment.handler.js';
import { CancelEnrolmentHttpController } from './cancel-enrolment/cancel-enrolment.http.controller.js';
import { EnrolHandler } from './enrol/enrol.handler.js';
import { EnrolHttpController } from './enrol/enrol.http.controller.js';
import { ListEnrolmentsHttpController } from './list-enrolments/list-enrolments.http.controller.js';
import { RecordAttendanceHandler } from './record-attendance/record-attendance.handler.js';
import { RecordAttendanceHttpController } from './record-attendance/record-attendance.http.controller.js';

@Module({
  controllers: [EnrolHttpController, CancelEnrolmentHttpController, ListEnrolmentsHttpController, RecordAttendanceHttpController],
  providers: [EnrolHandler, CancelEnrolmentHandler, RecordAttendanceHandler],
})
export class EnrolmentsModule {}
