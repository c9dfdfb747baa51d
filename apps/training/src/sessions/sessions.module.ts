import { Module } from '@nestjs/common';
import { CancelSessionHandler } from './cancel-session/cancel-session.handler.js';
import { CancelSessionHttpController } from './cancel-session/cancel-session.http.controller.js';
import { ListSessionsHttpController } from './list-sessions/list-sessions.http.controller.js';
import { ScheduleSessionHandler } from './schedule-session/schedule-session.handler.js';
import { ScheduleSessionHttpController } from './schedule-session/schedule-session.http.controller.js';

@Module({
  controllers: [ScheduleSessionHttpController, ListSessionsHttpController, CancelSessionHttpController],
  providers: [ScheduleSessionHandler, CancelSessionHandler],
})
export class SessionsModule {}
