import { PeriodicJob, todayInAmsterdam, type ServiceLogger } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { enqueueMessage } from '../delivery/enqueue.js';
import type { Language } from '../templates/template-catalogue.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';

/** Digests go out from this Amsterdam hour on: a proposal made at night waits for the morning. */
export const DIGEST_FROM_HOUR = 9;

const amsterdamHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' });

/** The Amsterdam day whose digest may go out at `now`, or undefined before DIGEST_FROM_HOUR. */
export function digestDay(now: Date, fromHour = DIGEST_FROM_HOUR): string | undefined {
  return Number(amsterdamHour.format(now)) >= fromHour ? todayInAmsterdam(now) : undefined;
}

const UNKNOWN_TITLE: Record<Language, string> = { nl: 'een vacature (titel nog niet bekend)', en: 'a vacancy (title not known yet)' };

/** One line per proposal, oldest first; a vacancy notifications has not heard of gets a neutral line. */
export function suggestionList(titles: ReadonlyArray<string | null>, language: Language): string {
  return titles.map((title) => `- ${title ?? UNKNOWN_TITLE[language]}`).join('\n');
}

/**
 * Sends each volunteer with open proposals not yet listed ONE digest per Amsterdam day. The
 * delivery key is (person, day): a second instance, a restart or a later run that day queues
 * nothing, and the proposals it would have listed wait for the next day's digest. The proposal rows
 * are locked while a digest is queued, so two instances never list one twice.
 */
export class SuggestionsDigestScheduler {
  private readonly job: PeriodicJob;

  constructor(
    private readonly options: { dataSource: DataSource; logger: ServiceLogger; intervalMs: number; now?: () => Date; onQueued?: () => void; fromHour?: number },
  ) {
    this.job = new PeriodicJob({
      intervalMs: options.intervalMs,
      logger: options.logger,
      done: 'suggestion digests queued',
      failed: 'suggestion digest run failed',
      work: () => this.runOnce(),
    });
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Digests queued by this call. */
  async runOnce(): Promise<number> {
    const day = digestDay(this.options.now?.() ?? new Date(), this.options.fromHour);
    if (day === undefined) return 0;
    const { dataSource } = this.options;
    const people = (await dataSource.transaction(async (manager) => {
      await actConsortiumWide(manager);
      return manager.query(`SELECT DISTINCT volunteer_id FROM suggestion WHERE open AND digested_on IS NULL ORDER BY volunteer_id`);
    })) as Array<{ volunteer_id: string }>;
    let digests = 0;
    for (const { volunteer_id: volunteerId } of people) {
      digests += await dataSource.transaction(async (manager) => {
        await actConsortiumWide(manager);
        // A racing instance waits here, then finds the rows it waited for already listed.
        const waiting = (await manager.query(
          `SELECT s.match_id, s.centre_id, v.title FROM suggestion s LEFT JOIN vacancy_title v ON v.vacancy_id = s.vacancy_id
            WHERE s.volunteer_id = $1 AND s.open AND s.digested_on IS NULL
            ORDER BY s.proposed_at, s.match_id FOR UPDATE OF s`,
          [volunteerId],
        )) as Array<{ match_id: string; centre_id: string; title: string | null }>;
        if (waiting.length === 0) return 0;
        const [contact] = (await manager.query(`SELECT centre_id, language FROM contact WHERE volunteer_id = $1`, [volunteerId])) as Array<{ centre_id: string; language: Language }>;
        const queued = await enqueueMessage(manager, {
          centreId: contact?.centre_id ?? waiting.at(-1)!.centre_id,
          volunteerId,
          template: 'suggestions-digest',
          cause: `suggestions-digest:${day}`,
          sourceEventType: 'schedule.suggestions-digest',
          variables: { vacancies: suggestionList(waiting.map((s) => s.title), contact?.language ?? 'nl'), count: String(waiting.length) },
        });
        // Today's digest already went out: these wait for tomorrow's.
        if (queued === 0) return 0;
        await manager.query(`UPDATE suggestion SET digested_on = $2 WHERE match_id = ANY ($1)`, [waiting.map((s) => s.match_id), day]);
        return 1;
      });
    }
    if (digests > 0) this.options.onQueued?.();
    return digests;
  }
}
