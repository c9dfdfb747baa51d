import { type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type ServiceLogger } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VolunteerResumeConfig } from '../../registrations.config.js';
import { VolunteerEvents } from '../volunteer-events.js';
/**
 * A volunteer who paused "until" a day is active again the day after, by themself: matching gets
 * volunteer.resumed and suggests them again. Every replica runs it; FOR UPDATE SKIP LOCKED shares
 * the rows, so nobody is resumed twice. Across all centres, so in the consortium scope, explicitly.
 */
export declare class VolunteerResumeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
    private readonly dataSource;
    private readonly events;
    private readonly job;
    constructor(dataSource: DataSource, events: VolunteerEvents, logger: ServiceLogger, config: VolunteerResumeConfig);
    onApplicationBootstrap(): void;
    onApplicationShutdown(): Promise<void>;
    /** Resumes everyone whose pause ended before `today` (Dutch calendar); returns how many. */
    resumeDueVolunteers(today?: string): Promise<number>;
    private resumeBatch;
}
//# sourceMappingURL=volunteer-resume.scheduler.d.ts.map