import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mediationCaseFollowUpFellDueV1 } from '@vc/contracts';
import { runWithEventContext } from '@vc/messaging';
import { runInTenant, SERVICE_LOGGER, type ServiceLogger } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { todayInAmsterdam } from '../../matches/amsterdam-calendar.js';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { MATCHING_CONFIG } from '../../matching-infrastructure.module.js';
import { regionOwnershipOf, type MatchingConfig, type RegionOwnership } from '../../matching.config.js';
import { MediationCase } from '../mediation-case.entity.js';
import { followUpEvent, type FollowUpRow } from '../mediation-events.js';
import { FOLLOW_UP_REMINDER_CONFIG, type FollowUpReminderConfig } from './follow-up-reminder.config.js';

/** Most reminders one pass publishes in one transaction; the next pass takes the rest. */
const BATCH = 100;

/**
 * Publishes a reminder event for each follow-up that fell due (due day reached in Europe/Amsterdam)
 * of a case still placed, exactly once: the row is claimed with FOR UPDATE SKIP LOCKED, marked
 * reminded and its event added to the outbox in one transaction, so replicas never remind twice
 * and a crash in between reminds later instead of never. Only the regions this instance owns.
 */
@Injectable()
export class FollowUpReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private readonly ownership: RegionOwnership;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WorkflowEvents) private readonly events: WorkflowEvents,
    @Inject(FOLLOW_UP_REMINDER_CONFIG) private readonly config: FollowUpReminderConfig,
    @Inject(MATCHING_CONFIG) matchingConfig: MatchingConfig,
    @Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger,
  ) {
    this.ownership = regionOwnershipOf(matchingConfig);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.MATCHING_FOLLOW_UP_CHECK_SECONDS * 1000);
    this.timer.unref();
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.publishDueFollowUps();
    try {
      const published = await this.running;
      if (published > 0) this.logger.info({ published }, 'follow-up reminders published');
    } catch (error) {
      this.logger.error({ err: error }, 'follow-up reminders failed; the next pass retries');
    } finally {
      this.running = undefined;
    }
  }

  /** One pass; returns how many reminders it published. Safe to run on several replicas at once. */
  async publishDueFollowUps(now = new Date()): Promise<number> {
    const today = todayInAmsterdam(now);
    const regions = this.ownership.all ? null : [...this.ownership.regionIds];
    let total = 0;
    for (;;) {
      const published = await runWithEventContext({ correlationId: randomUUID(), causationId: null }, () =>
        runInTenant(this.dataSource, { consortium: true }, async (manager) => {
        const due = (await manager.query(
          `SELECT f.id, f.case_id, f.kind, f.due_on::text AS "dueOn", f.done_on::text AS "doneOn"
             FROM mediation_follow_up f JOIN mediation_case c ON c.id = f.case_id
            WHERE f.reminded_at IS NULL AND f.due_on <= $1::date AND c.status = 'placed'
              AND ($2::text[] IS NULL OR f.region_id = ANY($2::text[]))
            ORDER BY f.due_on, f.id
            LIMIT ${BATCH}
            FOR UPDATE OF f SKIP LOCKED`,
          [today, regions],
        )) as Array<FollowUpRow & { case_id: string }>;
        for (const followUp of due) {
          const mediationCase = await manager.findOneByOrFail(MediationCase, { id: followUp.case_id });
          await manager.query(`UPDATE mediation_follow_up SET reminded_at = $2 WHERE id = $1`, [followUp.id, now]);
          await this.events.publish(manager, mediationCaseFollowUpFellDueV1, followUpEvent(mediationCase, followUp, now));
        }
        return due.length;
        }),
      );
      total += published;
      if (published < BATCH) return total;
    }
  }
}
