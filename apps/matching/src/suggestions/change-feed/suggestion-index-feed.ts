import { runInTenant, type ServiceLogger } from '@vc/service-kit';
import pg from 'pg';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { CHANGE_FEED_CHANNEL } from '../../read-models/read-model-change-log.js';
import type { ReadModelChange } from '../../read-models/read-model-change.js';
import { fillIndex, readReadModels } from '../load-suggestion-index.js';
import type { SuggestionIndex } from '../suggestion-index.js';
import { cursorOf, mayHaveMissedPrunedRows, type ChangeFeedCursor } from './change-feed-cursor.js';

export interface SuggestionIndexFeedOptions {
  dataSource: DataSource;
  /** For the LISTEN connection, which must stay out of the pool. */
  databaseUrl: string;
  index: SuggestionIndex;
  logger: ServiceLogger;
  registry?: Registry;
  /** Fallback when a notification is lost, or when an unrelated older transaction held the feed back. */
  pollIntervalMs: number;
  batchSize?: number;
}

interface LogRow {
  xid: string;
  seq: string;
  change: ReadModelChange;
  lagSeconds: number;
}

/**
 * Keeps this replica's suggestion index in step with the read models, whichever replica wrote them
 * (ADR 13): it reads the change log in (xid, seq) order, only rows of transactions older than every
 * running one (below the snapshot's xmin), so a transaction that commits late is waited for rather
 * than skipped. Woken by NOTIFY, with a poll as fallback. A replica that fell behind pruning reloads
 * from the tables.
 */
export class SuggestionIndexFeed {
  private cursor: ChangeFeedCursor | undefined;
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Reads run one at a time, in order; a wake while one is queued is already covered by it. */
  private tail: Promise<void> = Promise.resolve();
  private wakeQueued = false;
  private stopped = false;
  private readonly batchSize: number;
  private readonly metrics;

  constructor(private readonly options: SuggestionIndexFeedOptions) {
    this.batchSize = options.batchSize ?? 1_000;
    this.metrics = feedMetrics(options.registry);
  }

  /** Loads the index from the tables and applies the feed beyond them; resolves when it may serve. */
  async start(): Promise<void> {
    // Listening first: a change committed during the load still wakes us.
    await this.listen();
    await this.exclusive(async () => {
      await this.reload();
      await this.catchUp();
    });
    this.timer = setInterval(() => {
      if (!this.listener) void this.listen();
      this.wake();
    }, this.options.pollIntervalMs);
    this.timer.unref();
  }

  /** Reads what the log holds beyond the cursor, soon; cheap to call often. */
  wake(): void {
    if (this.stopped || this.wakeQueued || !this.cursor) return;
    this.wakeQueued = true;
    void this.exclusive(async () => {
      this.wakeQueued = false;
      if (this.stopped) return;
      await this.catchUp().catch((error: unknown) => this.options.logger.error({ err: error }, 'change feed read failed; retrying at the next poll'));
    });
  }

  /** Applies every row the log holds beyond the cursor that may be read yet; returns how many. */
  async catchUp(): Promise<number> {
    let applied = 0;
    for (;;) {
      const cursor = this.cursor!;
      const { rows, pruned } = await runInTenant(this.options.dataSource, { consortium: true }, async (manager) => {
        const rows = (await manager.query(
          // ORDER BY the columns, qualified: a bare `xid, seq` there names the text aliases of the
          // select list, which sort "10" < "100" < "99" and made the cursor skip rows.
          `SELECT l.xid::text AS xid, l.seq::text AS seq, l.change, extract(epoch FROM clock_timestamp() - l.written_at)::float8 AS "lagSeconds"
             FROM read_model_change_log l
            WHERE l.xid < pg_snapshot_xmin(pg_current_snapshot()) AND (l.xid, l.seq) > ($1::xid8, $2::bigint)
            ORDER BY l.xid, l.seq
            LIMIT $3`,
          [cursor.xid.toString(), cursor.seq.toString(), this.batchSize],
        )) as LogRow[];
        // Read after the rows: a row pruned before they were read shows here.
        const [pruned] = (await manager.query(`SELECT xid::text AS xid, seq::text AS seq FROM read_model_change_log_pruned`)) as Array<{ xid: string; seq: string }>;
        return { rows, pruned: pruned && cursorOf(pruned) };
      });
      if (mayHaveMissedPrunedRows(cursor, pruned)) {
        this.options.logger.warn({ cursor: `${cursor.xid}/${cursor.seq}` }, 'change feed pruned beyond this replica; reloading the suggestion index');
        await this.reload();
        this.metrics.reloads.inc();
        continue;
      }
      for (const row of rows) {
        this.options.index.apply(row.change);
        this.metrics.lag.observe(Math.max(0, row.lagSeconds));
      }
      if (rows.length > 0) this.cursor = cursorOf(rows[rows.length - 1]!);
      applied += rows.length;
      if (rows.length < this.batchSize || this.stopped) return applied;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.tail;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async reload(): Promise<void> {
    const snapshot = await readReadModels(this.options.dataSource);
    fillIndex(this.options.index, snapshot);
    this.cursor = snapshot.cursor;
  }

  private exclusive(work: () => Promise<void>): Promise<void> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    // A broken connection is replaced at the next poll; polling covers the gap.
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'change feed notifications lost; polling until reconnected');
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
    });
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_FEED_CHANNEL}`);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'change feed cannot listen; polling');
      await client.end().catch(() => undefined);
      return;
    }
    if (this.stopped) await client.end();
    else this.listener = client;
  }
}

function feedMetrics(registry: Registry | undefined) {
  const registers = registry ? [registry] : [];
  const existing = <T>(name: string) => registry?.getSingleMetric(name) as T | undefined;
  return {
    lag:
      existing<Histogram>('matching_change_feed_lag_seconds') ??
      new Histogram({
        name: 'matching_change_feed_lag_seconds',
        help: 'Time from a read-model change being written (just before its commit) to this replica applying it to its suggestion index',
        buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
        registers,
      }),
    reloads:
      existing<Counter>('matching_change_feed_reloads_total') ??
      new Counter({
        name: 'matching_change_feed_reloads_total',
        help: 'Times this replica reloaded its suggestion index because pruning passed its cursor',
        registers,
      }),
  };
}
