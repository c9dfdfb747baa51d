import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { dealFollowUpRequestedV1 } from '@vc/contracts';
import { runWithEventContext } from '@vc/messaging';
import { runInTenant, SERVICE_LOGGER, type ServiceLogger } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PartnershipsEventPublisher } from '../events/partnerships-event-publisher.js';
import type { PartnershipsConfig } from '../partnerships.config.js';
import { PARTNERSHIPS_CONFIG } from '../partnerships-infrastructure.module.js';
import { dateInAmsterdam, dateOrNull } from '../shared/amsterdam-date.js';
import type { DealRow } from './deal.view.js';

const BATCH_SIZE = 200;

/**
 * Raises partnerships.deal.follow-up-requested once for every ratified deal whose contact deadline
 * has passed without contact. Every replica runs it: a batch locks its rows with FOR UPDATE SKIP
 * LOCKED and marks them (follow_up_requested_at) in the transaction that adds the event to the
 * outbox, so two replicas never raise one deal's follow-up twice, and a crash raises it later,
 * not never. It works across centres, so it runs in the consortium scope, explicitly.
 */
@Injectable()
export class DealFollowUpScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private run: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PartnershipsEventPublisher) private readonly publisher: PartnershipsEventPublisher,
    @Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger,
    @Inject(PARTNERSHIPS_CONFIG) private readonly config: PartnershipsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DEAL_FOLLOW_UP_INTERVAL_MS > 0) this.scheduleNextRun();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.run;
  }

  /** Raises the follow-up of every overdue deal (contact due before `today`); returns how many it raised. */
  async raiseOverdueFollowUps(today = dateInAmsterdam()): Promise<number> {
    let raised = 0;
    for (;;) {
      const batch = await runWithEventContext({ correlationId: randomUUID(), causationId: null }, () =>
        runInTenant(this.dataSource, { consortium: true }, (manager) => this.raiseBatch(manager, today)),
      );
      raised += batch;
      if (batch < BATCH_SIZE || this.stopped) return raised;
    }
  }

  private async raiseBatch(manager: EntityManager, today: string): Promise<number> {
    // Rows another replica holds are skipped, not waited for: that replica raises them.
    const [due] = (await manager.query(
      `UPDATE deal SET follow_up_requested_at = now(), updated_at = now()
        WHERE id IN (SELECT id FROM deal
                      WHERE status = 'ratified' AND follow_up_requested_at IS NULL AND contact_due_on < $1
                      ORDER BY contact_due_on, id
                      LIMIT $2
                      FOR UPDATE SKIP LOCKED)
          AND follow_up_requested_at IS NULL
        RETURNING *`,
      [today, BATCH_SIZE],
    )) as DealRow[][];
    for (const deal of due!) {
      await this.publisher.publish(manager, dealFollowUpRequestedV1, {
        subject: deal.id,
        centreId: deal.centre_id,
        payload: {
          dealId: deal.id,
          centreId: deal.centre_id,
          beursvloerId: deal.beursvloer_id,
          businessId: deal.business_id,
          organisationId: deal.organisation_id,
          contactParty: deal.contact_party,
          contactDueOn: dateOrNull(deal.contact_due_on)!,
        },
      });
    }
    return due!.length;
  }

  private scheduleNextRun(): void {
    this.timer = setTimeout(() => {
      this.run = this.raiseOverdueFollowUps()
        .then((raised) => {
          if (raised > 0) this.logger.info({ raised }, 'deal follow-ups raised');
        })
        .catch((error: unknown) => this.logger.error({ err: error }, 'deal follow-up run failed; retrying at the next run'))
        .finally(() => {
          this.run = undefined;
          if (!this.stopped) this.scheduleNextRun();
        });
    }, this.config.DEAL_FOLLOW_UP_INTERVAL_MS);
    this.timer.unref();
  }
}
