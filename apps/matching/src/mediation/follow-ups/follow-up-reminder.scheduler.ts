import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mediationCaseFollowUpFellDueV1 } from '@vc/contracts';
import { runWithEventContext } from '@vc/messaging';
import { PeriodicJob, runInTenant, SERVICE_LOGGER, todayInAmsterdam, type ServiceLogger } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
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
  private readonly ownership: RegionOwnership;
  private readonly job: PeriodicJob;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(WorkflowEvents) private readonly events: WorkflowEvents,
    @Inject(FOLLOW_UP_REMINDER_CONFIG) config: FollowUpReminderConfig,
    @Inject(MATCHING_CONFIG) matchingConfig: MatchingConfig,
    @Inject(SERVICE_LOGGER) logger: ServiceLogger,
  ) {
    this.ownership = regionOwnershipOf(matchingConfig);
    this.job = new PeriodicJob({
      intervalMs: config.MATCHING_FOLLOW_UP_CHECK_SECONDS * 1000,
      logger,
      done: 'follow-up reminders published',
      failed: 'follow-up reminders failed',
      work: () => this.publishDueFollowUps(),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  /** Lets a pass in progress finish (and commit) before the database closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
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
      if (published < BATCH || this.job.isStopped) return total;
    }
  }
}
