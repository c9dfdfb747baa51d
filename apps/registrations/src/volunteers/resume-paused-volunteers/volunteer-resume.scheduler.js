var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Inject, Injectable } from '@nestjs/common';
import { runWithEventContext } from '@vc/messaging';
import { PeriodicJob, runInTenant, SERVICE_LOGGER } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { RegistrationsConfig } from '../../registrations.config.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { todayInAmsterdam } from '../volunteer-values.js';
import { Volunteer } from '../volunteer.entity.js';
const BATCH_SIZE = 500;
/**
 * A volunteer who paused "until" a day is active again the day after, by themself: matching gets
 * volunteer.resumed and suggests them again. Every replica runs it; FOR UPDATE SKIP LOCKED shares
 * the rows, so nobody is resumed twice. Across all centres, so in the consortium scope, explicitly.
 */
let VolunteerResumeScheduler = class VolunteerResumeScheduler {
    constructor(dataSource, events, logger, config) {
        this.dataSource = dataSource;
        this.events = events;
        this.job = new PeriodicJob({
            intervalMs: config.VOLUNTEER_RESUME_INTERVAL_MS,
            logger,
            done: 'paused volunteers resumed',
            failed: 'resuming paused volunteers failed',
            work: () => this.resumeDueVolunteers(),
        });
    }
    onApplicationBootstrap() {
        this.job.start();
    }
    async onApplicationShutdown() {
        await this.job.stop();
    }
    /** Resumes everyone whose pause ended before `today` (Dutch calendar); returns how many. */
    async resumeDueVolunteers(today = todayInAmsterdam()) {
        let resumed = 0;
        for (;;) {
            const batch = await runWithEventContext({ correlationId: randomUUID(), causationId: null }, () => runInTenant(this.dataSource, { consortium: true }, (manager) => this.resumeBatch(manager, today)));
            resumed += batch;
            if (batch < BATCH_SIZE || this.job.isStopped)
                return resumed;
        }
    }
    async resumeBatch(manager, today) {
        const due = await manager.query(`SELECT id FROM volunteer
        WHERE status = 'paused' AND paused_until < $1
        ORDER BY paused_until, id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`, [today, BATCH_SIZE]);
        if (due.length === 0)
            return 0;
        const ids = due.map(({ id }) => id);
        await manager.update(Volunteer, { id: In(ids) }, { status: 'active', pausedUntil: null });
        const volunteers = await manager.find(Volunteer, { where: { id: In(ids) }, order: { id: 'ASC' } });
        for (const volunteer of volunteers)
            await this.events.resumed(manager, volunteer);
        return volunteers.length;
    }
};
VolunteerResumeScheduler = __decorate([
    Injectable(),
    __param(0, Inject(DataSource)),
    __param(1, Inject(VolunteerEvents)),
    __param(2, Inject(SERVICE_LOGGER)),
    __param(3, Inject(RegistrationsConfig)),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents, Object, Object])
], VolunteerResumeScheduler);
export { VolunteerResumeScheduler };
//# sourceMappingURL=volunteer-resume.scheduler.js.map