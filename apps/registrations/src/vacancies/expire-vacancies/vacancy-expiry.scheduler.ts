import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { runWithEventContext } from '@vc/messaging';
import { PeriodicJob, runInTenant, SERVICE_LOGGER, type ServiceLogger } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import { todayInAmsterdam } from '../vacancy-values.js';
import { Vacancy } from '../vacancy.entity.js';
import { RegistrationsConfig, type VacancyExpiryConfig } from '../../registrations.config.js';

/**
 * Expires published vacancies after their last day (a structural one's `ends_on`, a one-off's
 * date), by itself, every VACANCY_EXPIRY_INTERVAL_MS. Every replica runs it: each batch locks its
 * rows with FOR UPDATE SKIP LOCKED, so replicas share the work and never expire one vacancy twice.
 * It works across all centres, so it runs in the consortium scope, explicitly.
 */
@Injectable()
export class VacancyExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VacancyStatusChange) private readonly statusChange: VacancyStatusChange,
    @Inject(SERVICE_LOGGER) logger: ServiceLogger,
    @Inject(RegistrationsConfig) private readonly config: VacancyExpiryConfig,
  ) {
    this.job = new PeriodicJob({
      intervalMs: config.VACANCY_EXPIRY_INTERVAL_MS,
      logger,
      done: 'vacancies expired',
      failed: 'vacancy expiry failed',
      work: () => this.expireDueVacancies(),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  /** Lets a run in progress finish its batch (and commit) before the database closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /**
   * Expires every published vacancy whose last day is before `today` (Dutch calendar), batch by
   * batch, each batch with its vacancy.expired events in one transaction. Returns how many it expired.
   */
  async expireDueVacancies(today = todayInAmsterdam()): Promise<number> {
    let expired = 0;
    for (;;) {
      const batch = await runWithEventContext({ correlationId: randomUUID(), causationId: null }, () =>
        runInTenant(this.dataSource, { consortium: true }, (manager) => this.expireBatch(manager, today)),
      );
      expired += batch;
      if (batch < this.config.VACANCY_EXPIRY_BATCH_SIZE || this.job.isStopped) return expired;
    }
  }

  private async expireBatch(manager: EntityManager, today: string): Promise<number> {
    // Rows another run holds are skipped, not waited for: that run expires them.
    const due: Array<{ id: string }> = await manager.query(
      `SELECT id FROM vacancy
        WHERE status = 'published' AND least(ends_on, activity_date) < $1
        ORDER BY least(ends_on, activity_date), id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [today, this.config.VACANCY_EXPIRY_BATCH_SIZE],
    );
    if (due.length === 0) return 0;
    const ids = due.map(({ id }) => id);
    const now = new Date();
    await manager.update(Vacancy, { id: In(ids) }, { status: 'expired', updatedAt: now });
    const vacancies = await manager.find(Vacancy, { where: { id: In(ids) }, order: { id: 'ASC' } });
    for (const vacancy of vacancies) await this.statusChange.publishStatus(manager, vacancy, 'expire');
    return vacancies.length;
  }
}
