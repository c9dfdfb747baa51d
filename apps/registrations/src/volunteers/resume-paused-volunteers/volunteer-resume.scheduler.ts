import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { runWithEventContext } from '@vc/messaging';
import { PeriodicJob, runInTenant, SERVICE_LOGGER, type ServiceLogger } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { RegistrationsConfig, type VolunteerResumeConfig } from '../../registrations.config.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { todayInAmsterdam } from '../volunteer-values.js';
import { Volunteer } from '../volunteer.entity.js';

const BATCH_SIZE = 500;

/**
 * A volunteer who paused "until" a day is active again the day after, by themself: matching gets
 * volunteer.resumed and suggests them again. Every replica runs it; FOR UPDATE SKIP LOCKED shares
 * the rows, so nobody is resumed twice. Across all centres, so in the consortium scope, explicitly.
 */
@Injectable()
export class VolunteerResumeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VolunteerEvents) private readonly events: VolunteerEvents,
    @Inject(SERVICE_LOGGER) logger: ServiceLogger,
    @Inject(RegistrationsConfig) config: VolunteerResumeConfig,
  ) {
    this.job = new PeriodicJob({
      intervalMs: config.VOLUNTEER_RESUME_INTERVAL_MS,
      logger,
      done: 'paused volunteers resumed',
      failed: 'resuming paused volunteers failed',
      work: () => this.resumeDueVolunteers(),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** Resumes everyone whose pause ended before `today` (Dutch calendar); returns how many. */
  async resumeDueVolunteers(today = todayInAmsterdam()): Promise<number> {
    let resumed = 0;
    for (;;) {
      const batch = await runWithEventContext({ correlationId: randomUUID(), causationId: null }, () =>
        runInTenant(this.dataSource, { consortium: true }, (manager) => this.resumeBatch(manager, today)),
      );
      resumed += batch;
      if (batch < BATCH_SIZE || this.job.isStopped) return resumed;
    }
  }

  private async resumeBatch(manager: EntityManager, today: string): Promise<number> {
    const due: Array<{ id: string }> = await manager.query(
      `SELECT id FROM volunteer
        WHERE status = 'paused' AND paused_until < $1
        ORDER BY paused_until, id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [today, BATCH_SIZE],
    );
    if (due.length === 0) return 0;
    const ids = due.map(({ id }) => id);
    await manager.update(Volunteer, { id: In(ids) }, { status: 'active', pausedUntil: null });
    const volunteers = await manager.find(Volunteer, { where: { id: In(ids) }, order: { id: 'ASC' } });
    for (const volunteer of volunteers) await this.events.resumed(manager, volunteer);
    return volunteers.length;
  }
}
