var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Module } from '@nestjs/common';
import { ChangeVolunteerStatusHandler } from './change-volunteer-status/change-volunteer-status.handler.js';
import { ChangeVolunteerStatusHttpController } from './change-volunteer-status/change-volunteer-status.http.controller.js';
import { EraseVolunteerHandler } from './erase-volunteer/erase-volunteer.handler.js';
import { EraseVolunteerHttpController } from './erase-volunteer/erase-volunteer.http.controller.js';
import { ExportVolunteerDataHandler } from './export-volunteer-data/export-volunteer-data.handler.js';
import { ExportVolunteerDataHttpController } from './export-volunteer-data/export-volunteer-data.http.controller.js';
import { GetVolunteerHttpController } from './get-volunteer/get-volunteer.http.controller.js';
import { ListVolunteersHttpController } from './list-volunteers/list-volunteers.http.controller.js';
import { ReadSupportNeedsHttpController } from './read-support-needs/read-support-needs.http.controller.js';
import { RecordSupportNeedsHandler } from './record-support-needs/record-support-needs.handler.js';
import { RecordSupportNeedsHttpController } from './record-support-needs/record-support-needs.http.controller.js';
import { RegisterVolunteerHandler } from './register-volunteer/register-volunteer.handler.js';
import { RegisterVolunteerHttpController } from './register-volunteer/register-volunteer.http.controller.js';
import { SelfRegisterVolunteerHttpController } from './register-volunteer/self-register-volunteer.http.controller.js';
import { UpdateVolunteerHandler } from './update-volunteer/update-volunteer.handler.js';
import { UpdateVolunteerHttpController } from './update-volunteer/update-volunteer.http.controller.js';
import { VolunteerResumeScheduler } from './resume-paused-volunteers/volunteer-resume.scheduler.js';
import { WithdrawConsentHandler } from './withdraw-consent/withdraw-consent.handler.js';
import { WithdrawConsentHttpController } from './withdraw-consent/withdraw-consent.http.controller.js';
import { VolunteerEvents } from './volunteer-events.js';
let VolunteersModule = class VolunteersModule {
};
VolunteersModule = __decorate([
    Module({
        controllers: [
            SelfRegisterVolunteerHttpController,
            RegisterVolunteerHttpController,
            ListVolunteersHttpController,
            GetVolunteerHttpController,
            UpdateVolunteerHttpController,
            ChangeVolunteerStatusHttpController,
            ReadSupportNeedsHttpController,
            RecordSupportNeedsHttpController,
            ExportVolunteerDataHttpController,
            EraseVolunteerHttpController,
            WithdrawConsentHttpController,
        ],
        providers: [
            VolunteerEvents,
            RegisterVolunteerHandler,
            UpdateVolunteerHandler,
            ChangeVolunteerStatusHandler,
            RecordSupportNeedsHandler,
            ExportVolunteerDataHandler,
            EraseVolunteerHandler,
            VolunteerResumeScheduler,
            WithdrawConsentHandler,
        ],
    })
], VolunteersModule);
export { VolunteersModule };
//# sourceMappingURL=volunteers.module.js.map