import { PeriodicJob, todayInAmsterdam, type ServiceLogger } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { enqueueMessage } from '../delivery/enqueue.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import { anniversaryYears, registrationDaysCelebratedOn } from './anniversary.js';

const BATCH = 500;

/**
 * Thanks volunteers on each yearly anniversary of their registration (Amsterdam day). Rows are
 * claimed with FOR UPDATE SKIP LOCKED and marked with the year thanked in the same transaction as
 * the messages, so two instances share the work and a restart that day finds it done; the delivery
 * key (person, year) is the second guard. A day the service is down entirely is not made up.
 */
export class AnniversaryScheduler {
  private readonly job: PeriodicJob;

  constructor(private readonly options: { dataSource: DataSource; logger: ServiceLogger; intervalMs: number; now?: () => Date; onQueued?: () => void }) {
    this.job = new PeriodicJob({
      intervalMs: options.intervalMs,
      logger: options.logger,
      done: 'anniversary messages queued',
      failed: 'anniversary run failed',
      work: () => this.runOnce(),
    });
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Volunteers thanked by this call. */
  async runOnce(): Promise<number> {
    const today = todayInAmsterdam(this.options.now?.() ?? new Date());
    const year = Number(today.slice(0, 4));
    const days = registrationDaysCelebratedOn(today);
    let thanked = 0;
    for (;;) {
      const batch = await this.options.dataSource.transaction(async (manager) => {
        await actConsortiumWide(manager);
        const due = (await manager.query(
          `SELECT volunteer_id, centre_id, registered_on::text AS registered_on FROM volunteer_anniversary
            WHERE month_day = ANY ($1) AND registered_on < $2::date AND coalesce(thanked_year, 0) < $3
            ORDER BY volunteer_id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [days, today, year],
        )) as Array<{ volunteer_id: string; centre_id: string; registered_on: string }>;
        let count = 0;
        for (const person of due) {
          const years = anniversaryYears(person.registered_on, today);
          if (years === undefined) continue;
          await enqueueMessage(manager, {
            centreId: person.centre_id,
            volunteerId: person.volunteer_id,
            template: 'anniversary',
            cause: `anniversary:${year}`,
            sourceEventType: 'schedule.anniversary',
            variables: { years: String(years) },
          });
          count += 1;
        }
        if (due.length > 0) await manager.query(`UPDATE volunteer_anniversary SET thanked_year = $2 WHERE volunteer_id = ANY ($1)`, [due.map((p) => p.volunteer_id), year]);
        return { claimed: due.length, count };
      });
      thanked += batch.count;
      if (batch.claimed < BATCH) break;
    }
    if (thanked > 0) this.options.onQueued?.();
    return thanked;
  }
}
