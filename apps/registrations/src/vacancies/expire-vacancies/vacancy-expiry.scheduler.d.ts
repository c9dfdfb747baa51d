import { type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type ServiceLogger } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import { type VacancyExpiryConfig } from '../../registrations.config.js';
/**
 * Expires published vacancies after their last day (a structural one's `ends_on`, a one-off's
 * date), by itself, every VACANCY_EXPIRY_INTERVAL_MS. Every replica runs it: each batch locks its
 * rows with FOR UPDATE SKIP LOCKED, so replicas share the work and never expire one vacancy twice.
 * It works across all centres, so it runs in the consortium scope, explicitly.
 */
export declare class VacancyExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
    private readonly dataSource;
    private readonly statusChange;
    private readonly config;
    private readonly job;
    constructor(dataSource: DataSource, statusChange: VacancyStatusChange, logger: ServiceLogger, config: VacancyExpiryConfig);
    onApplicationBootstrap(): void;
    /** Lets a run in progress finish its batch (and commit) before the database closes. */
    onApplicationShutdown(): Promise<void>;
    /**
     * Expires every published vacancy whose last day is before `today` (Dutch calendar), batch by
     * batch, each batch with its vacancy.expired events in one transaction. Returns how many it expired.
     */
    expireDueVacancies(today?: string): Promise<number>;
    private expireBatch;
}
//# sourceMappingURL=vacancy-expiry.scheduler.d.ts.map