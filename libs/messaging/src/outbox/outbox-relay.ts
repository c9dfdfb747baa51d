import type { Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Pool as PgPool } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { OUTBOX_BUCKETS, OUTBOX_CHANNEL } from './outbox.js';
import { Backoff } from '../retry/backoff.js';

/** First key of the advisory locks by which relays share out buckets. */
const BUCKET_LOCK_SPACE = 0x6f72; // 'or'

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** Idempotent producer with acks from all in-sync replicas (see createIdempotentProducer). */
  producer: Producer;
  logger: Logger;
  registry?: Registry;
  batchSize?: number;
  /** Fallback poll for when a notification is missed (listener reconnecting, another writer). */
  pollIntervalMs?: number;
  /**
   * After a commit notification, wait this long before draining so that commits arriving together
   * go out as one batch (like Kafka's linger.ms). Trades a few milliseconds of latency for far
   * fewer round trips under load.
   */
  lingerMs?: number;
}

interface PendingRow {
  position: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  value: string | null;
  created_at: Date;
}

/**
 * Publishes committed outbox rows to Kafka. Several relays (one per replica) may run against one
 * database: a relay publishes only from buckets it holds a transaction-scoped advisory lock on, so
 * at any moment one relay publishes a given aggregate's events, in `position` order. A row is
 * deleted only after Kafka acknowledged it; a crash in between publishes it again (at-least-once,
 * consumers de-duplicate by event id).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly lingerMs: number;
  private readonly backoff = new Backoff({ initialMs: 100, maxMs: 5_000 });
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private wakeRequested = false;
  private listener?: QueryRunner;
  private readonly metrics;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 2_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.lingerMs = options.lingerMs ?? 3;
    this.metrics = relayMetrics(options.registry, options.dataSource);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /** Finishes the batches on their way to Kafka, then stops. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.unlisten();
  }

  /**
   * Drains every bucket this relay can lock until nothing is pending; returns how many events it
   * published. Also what the loop calls; exposed for tests and the benchmark.
   */
  async publishPendingOutbox(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.drainBuckets();
      total += published;
      if (published === 0) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const published = await this.drainBuckets();
        this.backoff.reset();
        if (published === 0) await this.waitForWork(this.pollIntervalMs);
      } catch (error) {
        const delay = this.backoff.next();
        this.options.logger.error({ err: error, retryInMs: delay }, 'outbox relay failed to publish; retrying');
        await this.waitForWork(delay);
      }
    }
  }

  /**
   * One pass: in one transaction, try-lock every bucket, take the oldest events of the buckets
   * this relay got (in `position` order, so each aggregate's order holds), send them to Kafka as
   * one batch, delete them and commit. Buckets another relay holds are left to it. Three round
   * trips per batch, straight on the pg pool (TypeORM's query runner costs more than the queries).
   *
   * The transaction commits without waiting for the WAL flush: if the database crashed and lost
   * the delete, the events would be published again, which at-least-once delivery allows.
   */
  private async drainBuckets(): Promise<number> {
    const client = await this.pool().connect();
    let rows: PendingRow[] = [];
    let inTransaction = false;
    try {
      // Lock first, read second, in separate statements: a statement reads from a snapshot taken
      // when it starts, so a single lock-and-read statement could lock a bucket another relay just
      // released and still see the rows that relay had deleted, and publish them a second time.
      inTransaction = true;
      const [, , locked] = (await client.query(
        `BEGIN; SET LOCAL synchronous_commit = off;
         SELECT array_agg(b)::smallint[] AS buckets FROM generate_series(0, ${OUTBOX_BUCKETS - 1}) AS b
          WHERE pg_try_advisory_xact_lock(${BUCKET_LOCK_SPACE}, b)`,
      )) as unknown as [unknown, unknown, { rows: { buckets: number[] | null }[] }];
      const buckets = locked.rows[0]?.buckets ?? [];
      if (buckets.length > 0) {
        ({ rows } = await client.query<PendingRow>(
          `SELECT position, topic, message_key, headers, value, created_at
             FROM outbox_message
            WHERE bucket = ANY($1::smallint[])
            ORDER BY position
            LIMIT $2`,
          [buckets, this.batchSize],
        ));
      }
      if (rows.length === 0) {
        await client.query('COMMIT');
        inTransaction = false;
        return 0;
      }
      await this.send(rows);
      // Positions come from the database as digit strings; inlining them saves a round trip.
      const positions = rows.map((r) => BigInt(r.position).toString()).join(',');
      await client.query(`DELETE FROM outbox_message WHERE position = ANY('{${positions}}'::bigint[]); COMMIT`);
      inTransaction = false;
      const now = Date.now();
      for (const row of rows) this.metrics.latency.observe((now - new Date(row.created_at).getTime()) / 1000);
      this.metrics.published.inc(rows.length);
      return rows.length;
    } catch (error) {
      if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
      this.metrics.failures.inc();
      if (rows.length > 0) await this.recordFailure(rows, error);
      throw error;
    } finally {
      client.release();
    }
  }

  private pool(): PgPool {
    return (this.options.dataSource.driver as unknown as { master: PgPool }).master;
  }

  private async send(rows: PendingRow[]): Promise<void> {
    // Group by topic but keep position order inside each topic: KafkaJS keeps array order per partition.
    const byTopic = new Map<string, PendingRow[]>();
    for (const row of rows) {
      const list = byTopic.get(row.topic) ?? [];
      list.push(row);
      byTopic.set(row.topic, list);
    }
    await this.options.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((row) => ({ key: row.message_key, value: row.value, headers: row.headers })),
      })),
    });
  }

  private async recordFailure(rows: PendingRow[], error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.options.dataSource
      .query(
        `UPDATE outbox_message SET attempts = attempts + 1, last_attempt_at = clock_timestamp(), last_error = $2
          WHERE position = ANY($1::bigint[])`,
        [rows.map((r) => r.position), message.slice(0, 2_000)],
      )
      .catch((bookkeeping) =>
        this.options.logger.warn({ err: bookkeeping }, 'could not record the outbox publish failure'),
      );
  }

  private async waitForWork(timeoutMs: number): Promise<void> {
    if (!this.running) return;
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
    this.wake = undefined;
    this.wakeRequested = false;
  }

  private notified = (): void => {
    const wake = this.wake;
    if (!wake) {
      this.wakeRequested = true;
      return;
    }
    this.wake = undefined;
    setTimeout(wake, this.lingerMs);
  };

  /** LISTEN on a dedicated connection so a commit wakes the relay within milliseconds. */
  private async listen(): Promise<void> {
    try {
      const runner = this.options.dataSource.createQueryRunner();
      const client = (await runner.connect()) as {
        on(event: 'notification', listener: () => void): void;
        on(event: 'error', listener: (error: Error) => void): void;
      };
      client.on('notification', this.notified);
      client.on('error', (error: Error) => {
        this.options.logger.warn({ err: error }, 'outbox listener connection lost; relying on polling');
        this.listener = undefined;
      });
      await runner.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = runner;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not LISTEN for outbox commits; relying on polling');
    }
  }

  private async unlisten(): Promise<void> {
    const runner = this.listener;
    this.listener = undefined;
    if (!runner) return;
    await runner.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
    await runner.release().catch(() => undefined);
  }
}

function relayMetrics(registry: Registry | undefined, dataSource: DataSource) {
  const registers = registry ? [registry] : [];
  const existing = <T>(name: string) => registry?.getSingleMetric(name) as T | undefined;
  return {
    published:
      existing<Counter>('outbox_published_total') ??
      new Counter({ name: 'outbox_published_total', help: 'Events published from the outbox', registers }),
    failures:
      existing<Counter>('outbox_publish_failures_total') ??
      new Counter({
        name: 'outbox_publish_failures_total',
        help: 'Outbox batches that failed to publish',
        registers,
      }),
    latency:
      existing<Histogram>('outbox_publish_latency_seconds') ??
      new Histogram({
        name: 'outbox_publish_latency_seconds',
        help: 'Time from writing an event into the outbox to Kafka acknowledging it',
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers,
      }),
    pending:
      existing<Gauge>('outbox_pending') ??
      new Gauge({
        name: 'outbox_pending',
        help: 'Events committed to the outbox and not yet published',
        registers,
        async collect() {
          const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox_message`);
          this.set(count);
        },
      }),
  };
}
