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
import { VacancyStatusChange } from '../vacancy-status-change.js';
import { todayInAmsterdam } from '../vacancy-values.js';
import { Vacancy } from '../vacancy.entity.js';
import { RegistrationsConfig } from '../../registrations.config.js';
/**
 * Expires published vacancies after their last day (a structural one's `ends_on`, a one-off's
 * date), by itself, every VACANCY_EXPIRY_INTERVAL_MS. Every replica runs it: each batch locks its
 * rows with FOR UPDATE SKIP LOCKED, so replicas share the work and never expire one vacancy twice.
 * It works across all centres, so it runs in the consortium scope, explicitly.
 */
let VacancyExpiryScheduler = class VacancyExpiryScheduler {
    constructor(dataSource, statusChange, logger, config) {
        this.dataSource = dataSource;
        this.statusChange = statusChange;
        this.config = config;
        this.job = new PeriodicJob({
            intervalMs: config.VACANCY_EXPIRY_INTERVAL_MS,
            logger,
            done: 'vacancies expired',
            failed: 'vacancy expiry failed',
            work: () => this.expireDueVacancies(),
        });
    }
    onApplicationBootstrap() {
        this.job.start();
    }
    /** Lets a run in progress finish its batch (and commit) before the database closes. */
    async onApplicationShutdown() {
        await this.job.stop();
    }
    /**
     * Expires every published vacancy whose last day is before `today` (Dutch calendar), batch by
     * batch, each batch with its vacancy.expired events in one transaction. Returns how many it expired.
     */
    async expireDueVacancies(today = todayInAmsterdam()) {
        let expired = 0;
        for (;;) {
            const batch = await runWithEventContext({ correlationId: randomUUID(), causationId: null }, () => runInTenant(this.dataSource, { consortium: true }, (manager) => this.expireBatch(manager, today)));
            expired += batch;
            if (batch < this.config.VACANCY_EXPIRY_BATCH_SIZE || this.job.isStopped)
                return expired;
        }
    }
    async expireBatch(manager, today) {
        // Rows another run holds are skipped, not waited for: that run expires them.
        const due = await manager.query(`SELECT id FROM vacancy
        WHERE status = 'published' AND least(ends_on, activity_date) < $1
        ORDER BY least(ends_on, activity_date), id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`, [today, this.config.VACANCY_EXPIRY_BATCH_SIZE]);
        if (due.length === 0)
            return 0;
        const ids = due.map(({ id }) => id);
        const now = new Date();
        await manager.update(Vacancy, { id: In(ids) }, { status: 'expired', updatedAt: now });
        const vacancies = await manager.find(Vacancy, { where: { id: In(ids) }, order: { id: 'ASC' } });
        for (const vacancy of vacancies)
            await this.statusChange.publishStatus(manager, vacancy, 'expire');
        return vacancies.length;
    }
};
VacancyExpiryScheduler = __decorate([
    Injectable(),
    __param(0, Inject(DataSource)),
    __param(1, Inject(VacancyStatusChange)),
    __param(2, Inject(SERVICE_LOGGER)),
    __param(3, Inject(RegistrationsConfig)),
    __metadata("design:paramtypes", [DataSource,
        VacancyStatusChange, Object, Object])
], VacancyExpiryScheduler);
export { VacancyExpiryScheduler };
//# sourceMappingURL=vacancy-expiry.scheduler.js.map