import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module.js';
import { ConfirmHoursHandler } from './confirm-hours/confirm-hours.handler.js';
import { ConfirmHoursHttpController } from './confirm-hours/confirm-hours.http.controller.js';
import { GetPlacementHttpController } from './get-placement/get-placement.http.controller.js';
import { LogHoursHandler } from './log-hours/log-hours.handler.js';
import { LogHoursHttpController } from './log-hours/log-hours.http.controller.js';
import { SignOffHandler } from './sign-off/sign-off.handler.js';
import { SignOffHttpController } from './sign-off/sign-off.http.controller.js';

@Module({
  imports: [MatchesModule],
  controllers: [GetPlacementHttpController, LogHoursHttpController, ConfirmHoursHttpController, SignOffHttpController],
  providers: [LogHoursHandler, ConfirmHoursHandler, SignOffHandler],
})
export class PlacementsModule {}
