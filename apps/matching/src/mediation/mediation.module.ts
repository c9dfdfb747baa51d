import { Module } from '@nestjs/common';
import { loadConfig } from '@vc/service-kit';
import { MatchesModule } from '../matches/matches.module.js';
import { CaseFileHttpController } from './case-file/case-file.http.controller.js';
import { FOLLOW_UP_REMINDER_CONFIG, FollowUpReminderConfig } from './follow-ups/follow-up-reminder.config.js';
import { FollowUpReminderScheduler } from './follow-ups/follow-up-reminder.scheduler.js';
import { RecordFollowUpHttpController } from './follow-ups/record-follow-up.http.controller.js';
import { GetCaseHttpController } from './get-case/get-case.http.controller.js';
import { ProgressCaseHandler } from './progress-case/progress-case.handler.js';
import { ProgressCaseHttpController } from './progress-case/progress-case.http.controller.js';
import { ReferCaseHandler } from './refer-case/refer-case.handler.js';
import { ReferCaseHttpController } from './refer-case/refer-case.http.controller.js';
import { ReferralsHttpController } from './referrals/referrals.http.controller.js';
import { WithdrawConsentHttpController } from './withdraw-consent/withdraw-consent.http.controller.js';

@Module({
  imports: [MatchesModule],
  controllers: [
    ReferCaseHttpController,
    ReferralsHttpController,
    GetCaseHttpController,
    ProgressCaseHttpController,
    CaseFileHttpController,
    RecordFollowUpHttpController,
    WithdrawConsentHttpController,
  ],
  providers: [
    ReferCaseHandler,
    ProgressCaseHandler,
    FollowUpReminderScheduler,
    // Read once at start: an invalid value stops the service with a message naming the variable.
    { provide: FOLLOW_UP_REMINDER_CONFIG, useFactory: () => loadConfig(FollowUpReminderConfig, process.env) },
  ],
})
export class MediationModule {}
