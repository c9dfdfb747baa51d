import { Module } from '@nestjs/common';
import { ChangeMatchStatusHandler } from './change-match-status/change-match-status.handler.js';
import { ChangeMatchStatusHttpController } from './change-match-status/change-match-status.http.controller.js';
import { EndMatchHandler } from './end-match/end-match.handler.js';
import { EndMatchHttpController } from './end-match/end-match.http.controller.js';
import { GetMatchHttpController } from './get-match/get-match.http.controller.js';
import { MatchTransitions } from './match-transitions.js';
import { ProposeMatchHandler } from './propose-match/propose-match.handler.js';
import { ProposeMatchHttpController } from './propose-match/propose-match.http.controller.js';
import { SignUpHandler } from './sign-up/sign-up.handler.js';
import { SignUpHttpController } from './sign-up/sign-up.http.controller.js';
import { StartMatchHandler } from './start-match/start-match.handler.js';
import { StartMatchHttpController } from './start-match/start-match.http.controller.js';
import { WorkflowEvents } from './workflow-events.js';

@Module({
  controllers: [
    ProposeMatchHttpController,
    SignUpHttpController,
    GetMatchHttpController,
    ChangeMatchStatusHttpController,
    StartMatchHttpController,
    EndMatchHttpController,
  ],
  providers: [WorkflowEvents, MatchTransitions, ProposeMatchHandler, SignUpHandler, ChangeMatchStatusHandler, StartMatchHandler, EndMatchHandler],
  exports: [WorkflowEvents, MatchTransitions],
})
export class MatchesModule {}
