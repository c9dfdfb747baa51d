import type { ServiceLogger } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { enqueueMessage } from '../delivery/enqueue.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import { PeriodicJob } from '@vc/service-kit';

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Dag van de Vrijwilliger (7 December) of the year `now` falls in, if today is that day in Amsterdam. */
export function volunteerDayYear(now: Date): number | undefined {
  const [year, month, day] = amsterdamDate.format(now).split('-').map(Number);
  return month === 12 && day === 7 ? year : undefined;
}

/**
 * Each centre thanks its volunteers on the Dag van de Vrijwilliger. Whichever instance first
 * inserts the (centre, year) run row queues the messages in the same transaction; the others find
 * the row and do nothing, and a restart later that day finds it too. The messages' own delivery
 * keys (person, year) are the second guard.
 */
export class AppreciationScheduler {
  private readonly job: PeriodicJob;

  constructor(
    private readonly options: { dataSource: DataSource; logger: ServiceLogger; intervalMs: number; now?: () => Date; onQueued?: () => void },
  ) {
    this.job = new PeriodicJob({
      intervalMs: options.intervalMs,
      logger: options.logger,
      done: 'volunteer day messages queued',
      failed: 'volunteer day run failed',
      work: () => this.runOnce(),
    });
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Messages queued by this call (0 on any day but 7 December, or when another instance ran). */
  async runOnce(): Promise<number> {
    const year = volunteerDayYear(this.options.now?.() ?? new Date());
    if (year === undefined) return 0;
    const centres = (await this.options.dataSource.query(`SELECT id FROM centre ORDER BY id`)) as Array<{ id: string }>;
    let queued = 0;
    for (const { id: centreId } of centres) {
      queued += await this.options.dataSource.transaction(async (manager) => {
        await actConsortiumWide(manager);
        const claimed: unknown[] = await manager.query(
          `INSERT INTO appreciation_run (centre_id, kind, year) VALUES ($1, 'volunteer-day', $2) ON CONFLICT DO NOTHING RETURNING centre_id`,
          [centreId, year],
        );
        if (claimed.length === 0) return 0;
        const people = (await manager.query(`SELECT volunteer_id FROM contact WHERE centre_id = $1`, [centreId])) as Array<{ volunteer_id: string }>;
        let count = 0;
        for (const { volunteer_id: volunteerId } of people) {
          count += await enqueueMessage(manager, {
            centreId,
            volunteerId,
            template: 'volunteer-day',
            cause: `volunteer-day:${year}`,
            sourceEventType: 'schedule.volunteer-day',
            variables: { year: String(year) },
          });
        }
        await manager.query(`UPDATE appreciation_run SET messages = $3 WHERE centre_id = $1 AND kind = 'volunteer-day' AND year = $2`, [centreId, year, count]);
        return count;
      });
    }
    if (queued > 0) this.options.onQueued?.();
    return queued;
  }
}
