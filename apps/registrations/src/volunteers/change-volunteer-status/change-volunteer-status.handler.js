var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { findVolunteer } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerReceiptOf } from '../volunteer.view.js';
import { statusAfter } from './volunteer-transitions.js';
let ChangeVolunteerStatusHandler = class ChangeVolunteerStatusHandler {
    constructor(dataSource, events) {
        this.dataSource = dataSource;
        this.events = events;
    }
    async change(access, volunteerId, transition, options = {}) {
        return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true });
            volunteer.status = statusAfter(volunteer.status, transition);
            volunteer.pausedUntil = transition === 'pause' ? (options.pausedUntil ?? null) : null;
            await manager.update(Volunteer, { id: volunteerId, centreId: access.centreId }, { status: volunteer.status, pausedUntil: volunteer.pausedUntil });
            if (transition === 'pause')
                await this.events.paused(manager, volunteer);
            else if (transition === 'resume')
                await this.events.resumed(manager, volunteer);
            else
                await this.events.left(manager, volunteer);
            return volunteerReceiptOf(volunteer);
        });
    }
};
ChangeVolunteerStatusHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents])
], ChangeVolunteerStatusHandler);
export { ChangeVolunteerStatusHandler };
//# sourceMappingURL=change-volunteer-status.handler.js.map