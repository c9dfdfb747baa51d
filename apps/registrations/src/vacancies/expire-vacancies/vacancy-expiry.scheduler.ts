import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { runWithEventContext } from '@vc/messaging';
import { runInTenant, SERVICE_LOGGER, type ServiceLogger } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import { todayInAmsterdam } from '../vacancy-values.js';
import { Vacancy } from '../vacancy.entity.js';
import { VACANCY_EXPIRY_CONFIG, type VacancyExpiryConfig } from './vacancy-expiry.config.js';

/**
 * Expires published vacancies after their last day (a structural one's `ends_on`, a one-off's
 * date), by itself, every VACANCY_EXPIRY_INTERVAL_MS. Every replica runs it: each batch locks its
 * rows with FOR UPDATE SKIP LOCKED, so replicas share the work and never expire one vacancy twice.
 * It works across all centres, so it runs in the consortium scope, explicitly.
 */
@Injectable()
export class VacancyExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private run: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VacancyStatusChange) private readonly statusChange: VacancyStatusChange,
    @Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger,
    @Inject(VACANCY_EXPIRY_CONFIG) private readonly config: VacancyExpiryConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.VACANCY_EXPIRY_INTERVAL_MS > 0) this.scheduleNextRun();
  }

  /** Lets a run in progress finish its batch (and commit) before the database closes. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.run;
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
      if (batch < this.config.VACANCY_EXPIRY_BATCH_SIZE || this.stopped) return expired;
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

  private scheduleNextRun(): void {
    this.timer = setTimeout(() => {
      this.run = this.expireDueVacancies()
        .then((expired) => {
          if (expired > 0) this.logger.info({ expired }, 'vacancies expired');
        })
        .catch((error: unknown) => this.logger.error({ err: error }, 'vacancy expiry failed; retrying at the next run'))
        .finally(() => {
          this.run = undefined;
          if (!this.stopped) this.scheduleNextRun();
        });
    }, this.config.VACANCY_EXPIRY_INTERVAL_MS);
    // The timer alone never keeps the process alive.
    this.timer.unref();
  }
}
