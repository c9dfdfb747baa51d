import {
  ContractViolationError,
  type EventCatalogue,
  type EventContract,
  type EventEnvelope,
  validatePayload,
} from '@vc/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { CE, fromKafkaRecord, headerText, MalformedEventError, TOMBSTONE_TYPE } from '../cloudevents/kafka-cloudevents.js';
import { runWithEventContext } from '../context/event-context.js';
import { deadLetterTopic, DLQ_HEADERS, type DeadLetterReason } from '../dead-letter/dead-letter.js';
import { createIdempotentProducer, ensureTopics, retryWhileRetriable, topicSpecOf } from '../kafka/kafka-client.js';
import type { Outbox } from '../outbox/outbox.js';
import { Backoff } from '../retry/backoff.js';

export interface HandlerContext {
  /** The transaction in which the inbox entry is written: do every effect through it. */
  manager: EntityManager;
  /** Adds events to the outbox in the same transaction; causation and correlation flow on. */
  publish(events: EventEnvelope | EventEnvelope[]): Promise<void>;
  /** 1 on the first delivery attempt. */
  attempt: number;
}

export type EventHandler<P extends object> = (event: EventEnvelope<P>, context: HandlerContext) => Promise<void>;

/** Called for a tombstone (a record without value) on a compacted topic: erase what `key` holds. */
export type TombstoneHandler = (key: string, context: HandlerContext) => Promise<void>;

/** Thrown by a handler for a failure that retrying cannot fix: the event goes straight to the DLQ. */
export class PermanentFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentFailure';
  }
}

export interface EventConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  logger: Logger;
  registry?: Registry;
  /** Needed only when handlers publish events. */
  outbox?: Outbox;
  /** Catalogue of the contracts this consumer understands (to tell unknown versions apart). */
  catalogue?: EventCatalogue;
  /** Delivery attempts per event before it is dead-lettered. */
  maxAttempts?: number;
  retryBackoff?: { initialMs: number; maxMs: number };
  /** Regions this instance owns; others' events are skipped on their header alone. */
  acceptRegion?: (regionId: string) => boolean;
  fromBeginning?: boolean;
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  maxWaitTimeMs?: number;
  /** Most events applied in one transaction when a partition has a backlog (default 100). */
  maxChunkSize?: number;
  /** Called after an event's transaction committed (or it was found to be a duplicate). */
  onHandled?: (event: EventEnvelope, outcome: 'handled' | 'duplicate') => void;
  /**
   * Runs last in every transaction that handled at least one new event, before the commit: lets
   * handlers gather their writes and flush them as one statement per chunk.
   */
  beforeCommit?: (manager: EntityManager) => Promise<void>;
}

type Outcome = 'handled' | 'duplicate' | 'skipped' | 'dead-lettered';

type Decision =
  | { kind: 'skip'; type: string }
  | { kind: 'tombstone'; type: string; registration: Registration }
  | { kind: 'dead-letter'; type: string; reason: DeadLetterReason; error: Error }
  | { kind: 'handle'; type: string; event: EventEnvelope; registration: Registration };

type Handleable = Extract<Decision, { kind: 'handle' }> & { message: KafkaMessage };

interface Registration {
  contract: EventContract;
  handler: EventHandler<object>;
}

/**
 * At-least-once consumption with an exactly-once effect: each event's handler runs in a database
 * transaction that also records the event id in the inbox, so a redelivered event finds its id
 * and does nothing. Transient failures are retried with backoff; events that can never succeed
 * (malformed, breaking their contract, unknown version, or failing every attempt) go to
 * `<topic>.<group>.dlq` with the reason in headers, and consumption goes on.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, Registration>();
  private readonly tombstoneHandlers = new Map<string, Registration>();
  private readonly maxAttempts: number;
  private readonly maxChunkSize: number;
  private consumer?: Consumer;
  private dlqProducer?: Producer;
  private joined?: Promise<void>;
  private readonly metrics;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.maxChunkSize = options.maxChunkSize ?? 100;
    this.metrics = consumerMetrics(options.registry);
  }

  on<P extends object>(contract: EventContract<P>, handler: EventHandler<P>): this {
    const key = `${contract.type}@v${contract.version}`;
    if (this.handlers.has(key)) throw new Error(`A handler for ${key} is already registered`);
    this.handlers.set(key, { contract, handler: handler as EventHandler<object> });
    this.options.catalogue?.add(contract);
    return this;
  }

  /** Handles tombstones on the contract's (compacted) topic; without this they are skipped. */
  onTombstone(contract: EventContract, handler: TombstoneHandler): this {
    if (this.tombstoneHandlers.has(contract.topic)) throw new Error(`A tombstone handler for ${contract.topic} exists`);
    this.tombstoneHandlers.set(contract.topic, {
      contract,
      handler: (event, context) => handler(event.subject, context),
    });
    return this;
  }

  topics(): string[] {
    const all = [...this.handlers.values(), ...this.tombstoneHandlers.values()].map((r) => r.contract.topic);
    return [...new Set(all)].sort();
  }

  async start(): Promise<void> {
    const { kafka, groupId } = this.options;
    const topics = this.topics();
    if (topics.length === 0) throw new Error(`Consumer group ${groupId} has no handlers`);

    const admin = kafka.admin();
    await admin.connect();
    try {
      // A consumer may start before the producers of its topics: it creates them as they would
      // (same partitions, compaction for restricted topics), so subscribing never races them.
      const sources = new Map([...this.handlers.values(), ...this.tombstoneHandlers.values()].map((r) => [r.contract.topic, topicSpecOf(r.contract)]));
      await ensureTopics(admin, [
        ...sources.values(),
        ...topics.map((topic) => ({ topic: deadLetterTopic(topic, groupId), numPartitions: 1 })),
      ]);
    } finally {
      await admin.disconnect();
    }

    this.dlqProducer = createIdempotentProducer(kafka);
    await this.dlqProducer.connect();

    this.consumer = kafka.consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: this.options.heartbeatIntervalMs ?? 3_000,
      allowAutoTopicCreation: false,
      // Stopping waits for the fetch in flight; a shorter long-poll keeps shutdown well inside
      // the grace period. Data still returns as soon as it arrives.
      maxWaitTimeInMs: this.options.maxWaitTimeMs ?? 500,
    });
    await this.consumer.connect();
    const consumer = this.consumer;
    this.joined = new Promise<void>((resolve) => {
      const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
        remove();
        resolve();
      });
    });
    await retryWhileRetriable(() => consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true }));
    await this.consumer.run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 1_000,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  /**
   * Resolves once the group has been joined and partitions assigned. `start()` returns before
   * that (joining takes a rebalance); benchmarks and tests that time things wait for this.
   */
  whenJoined(): Promise<void> {
    if (!this.joined) throw new Error('Consumer not started');
    return this.joined;
  }

  /** Stops fetching, lets the event in hand finish, commits what was handled and disconnects. */
  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.dlqProducer?.disconnect();
    this.consumer = undefined;
    this.dlqProducer = undefined;
  }

  /**
   * Events that can be handled are gathered into chunks and applied in one transaction per chunk
   * (one commit instead of one per event); anything else (skip, dead letter) first flushes the
   * chunk before it, so offsets are resolved in order.
   */
  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    let chunk: Handleable[] = [];
    const flush = async (): Promise<boolean> => {
      const pending = chunk;
      chunk = [];
      return pending.length === 0 || this.handleChunk(batch.topic, batch.partition, pending, payload);
    };
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const decision = this.classify(batch.topic, message);
      if (decision.kind === 'tombstone') {
        if (!(await flush())) return;
        const item: Handleable = {
          kind: 'handle',
          type: decision.type,
          registration: decision.registration,
          event: tombstoneEvent(batch.topic, batch.partition, message),
          message,
        };
        if (!(await this.handleChunk(batch.topic, batch.partition, [item], payload))) return;
        continue;
      }
      if (decision.kind === 'handle') {
        chunk.push({ ...decision, message });
        if (chunk.length >= this.maxChunkSize && !(await flush())) return;
        continue;
      }
      if (!(await flush())) return;
      if (decision.kind === 'dead-letter') {
        this.options.logger.warn(
          { err: decision.error, topic: batch.topic, partition: batch.partition, offset: message.offset },
          'event refused: dead-lettered',
        );
        await this.deadLetter(batch.topic, batch.partition, message, decision.reason, 0, decision.error);
        this.count(batch.topic, decision.type, 'dead-lettered');
      } else {
        this.count(batch.topic, decision.type, 'skipped');
      }
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
    if (isRunning() && !isStale()) await flush();
  }

  /** Decides what to do with a record without side effects. */
  private classify(topic: string, message: KafkaMessage): Decision {
    let type = headerText(message.headers, CE.type) ?? 'unknown';
    const regionId = headerText(message.headers, CE.regionid);
    if (this.options.acceptRegion && regionId && !this.options.acceptRegion(regionId)) {
      return { kind: 'skip', type };
    }
    if (message.value === null) {
      const registration = this.tombstoneHandlers.get(topic);
      return registration ? { kind: 'tombstone', type: TOMBSTONE_TYPE, registration } : { kind: 'skip', type: TOMBSTONE_TYPE };
    }
    try {
      const event = fromKafkaRecord(message);
      type = event.type;
      const registration = this.handlers.get(`${event.type}@v${event.version}`);
      if (!registration) {
        const knownType = [...this.handlers.values()].some((r) => r.contract.type === event.type);
        // A topic carries every event of its aggregate; this group may care about only some.
        if (!knownType) return { kind: 'skip', type };
        return {
          kind: 'dead-letter',
          type,
          reason: 'unknown-version',
          error: new Error(`no handler for ${event.type} v${event.version}`),
        };
      }
      return {
        kind: 'handle',
        type,
        registration,
        // Tolerant reader: fields added to the contract after this consumer was built are dropped.
        event: { ...event, payload: validatePayload(registration.contract, event.payload, { unknownFields: 'drop' }) },
      };
    } catch (error) {
      if (error instanceof ContractViolationError) return { kind: 'dead-letter', type, reason: 'contract-violation', error };
      if (error instanceof MalformedEventError) return { kind: 'dead-letter', type, reason: 'malformed', error };
      throw error;
    }
  }

  /**
   * Applies a chunk in one transaction. If anything in it fails, the transaction rolls back and
   * the events are handled one by one, with retries, so one bad event doesn't hold the others.
   * Returns false when shutdown interrupted the work; unresolved offsets are read again later.
   */
  private async handleChunk(
    topic: string,
    partition: number,
    chunk: Handleable[],
    payload: EachBatchPayload,
  ): Promise<boolean> {
    if (chunk.length > 1) {
      const started = process.hrtime.bigint();
      try {
        const outcomes = await this.withHeartbeats(payload, () => this.applyInTransaction(topic, partition, chunk, 1));
        this.finish(topic, chunk, outcomes, started);
        payload.resolveOffset(chunk[chunk.length - 1].message.offset);
        await payload.commitOffsetsIfNecessary();
        await payload.heartbeat();
        return true;
      } catch (error) {
        this.options.logger.debug({ err: error, topic, partition, size: chunk.length }, 'chunk failed; one by one');
      }
    }
    for (const item of chunk) {
      if (!payload.isRunning() || payload.isStale()) return false;
      if (!(await this.handleWithRetries(topic, partition, item, payload))) return false;
      payload.resolveOffset(item.message.offset);
      await payload.commitOffsetsIfNecessary();
      await payload.heartbeat();
    }
    return true;
  }

  private async handleWithRetries(
    topic: string,
    partition: number,
    item: Handleable,
    payload: EachBatchPayload,
  ): Promise<boolean> {
    const { groupId, logger } = this.options;
    const { event, type } = item;
    const started = process.hrtime.bigint();
    const backoff = new Backoff(this.options.retryBackoff ?? { initialMs: 200, maxMs: 10_000 });
    let lastError: unknown;
    let attempt = 1;
    for (; attempt <= this.maxAttempts; attempt++) {
      try {
        const outcomes = await this.withHeartbeats(payload, () =>
          this.applyInTransaction(topic, partition, [item], attempt),
        );
        this.finish(topic, [item], outcomes, started);
        return true;
      } catch (error) {
        lastError = error;
        if (error instanceof PermanentFailure || attempt === this.maxAttempts) break;
        const delay = backoff.next();
        this.metrics.retries.inc({ group: groupId, type });
        logger.warn({ err: error, eventId: event.id, type, attempt, retryInMs: delay, groupId }, 'event handler failed; retrying');
        if (!(await sleepWithHeartbeat(delay, payload))) return false;
      }
    }
    logger.error({ err: lastError, eventId: event.id, type, attempts: attempt, groupId }, 'event dead-lettered');
    await this.deadLetter(topic, partition, item.message, 'handler-failed', attempt, lastError);
    this.count(topic, type, 'dead-lettered');
    return true;
  }

  /**
   * One transaction: record the chunk's event ids in the inbox, then run the handler of each id
   * that was new. Ids already there (redelivery, or twice in this chunk) are not handled again.
   */
  private async applyInTransaction(
    topic: string,
    partition: number,
    chunk: Handleable[],
    attempt: number,
  ): Promise<Array<'handled' | 'duplicate'>> {
    const { dataSource, groupId, outbox } = this.options;
    return dataSource.transaction(async (manager) => {
      const inserted: Array<{ event_id: string }> = await manager.query(
        `INSERT INTO inbox_message (consumer_group, event_id, event_type, topic, kafka_partition, kafka_offset)
         SELECT $1, e.id, e.type, $2, $3, e.kafka_offset
           FROM unnest($4::uuid[], $5::text[], $6::bigint[]) AS e(id, type, kafka_offset)
         ON CONFLICT (consumer_group, event_id) DO NOTHING
         RETURNING event_id`,
        [
          groupId,
          topic,
          partition,
          chunk.map((c) => c.event.id),
          chunk.map((c) => c.event.type),
          chunk.map((c) => c.message.offset),
        ],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      const outcomes: Array<'handled' | 'duplicate'> = [];
      for (const { event, registration } of chunk) {
        if (!fresh.delete(event.id)) {
          outcomes.push('duplicate');
          continue;
        }
        await runWithEventContext(
          {
            correlationId: event.correlationId,
            causationId: event.id,
            traceparent: event.traceparent,
            centreId: event.centreId,
            regionId: event.regionId,
          },
          () =>
            registration.handler(event, {
              manager,
              attempt,
              publish: async (events) => {
                if (!outbox) throw new Error(`Consumer group ${groupId} was built without an outbox`);
                await outbox.add(manager, events);
              },
            }),
        );
        outcomes.push('handled');
      }
      if (this.options.beforeCommit && outcomes.includes('handled')) await this.options.beforeCommit(manager);
      return outcomes;
    });
  }

  /** Long handlers must not lose the partition: keep telling the group coordinator we're alive. */
  private async withHeartbeats<T>(payload: EachBatchPayload, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => payload.heartbeat().catch(() => undefined), 1_000);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  private finish(topic: string, chunk: Handleable[], outcomes: Array<'handled' | 'duplicate'>, started: bigint): void {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    chunk.forEach((item, i) => {
      this.options.onHandled?.(item.event, outcomes[i]);
      this.count(topic, item.type, outcomes[i]);
      this.metrics.duration.observe({ group: this.options.groupId, type: item.type }, seconds);
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    attempts: number,
    error: unknown,
  ): Promise<void> {
    const original: Record<string, string> = {};
    for (const name of Object.keys(message.headers ?? {})) {
      const value = headerText(message.headers, name);
      if (value !== undefined) original[name] = value;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    await this.dlqProducer!.send({
      topic: deadLetterTopic(topic, this.options.groupId),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...original,
            [DLQ_HEADERS.reason]: reason,
            [DLQ_HEADERS.errorType]: err.name,
            [DLQ_HEADERS.errorMessage]: err.message.slice(0, 4_000),
            [DLQ_HEADERS.attempts]: String(attempts),
            [DLQ_HEADERS.originalTopic]: topic,
            [DLQ_HEADERS.originalPartition]: String(partition),
            [DLQ_HEADERS.originalOffset]: message.offset,
            [DLQ_HEADERS.consumerGroup]: this.options.groupId,
            [DLQ_HEADERS.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
  }

  private count(topic: string, type: string, outcome: Outcome): void {
    this.metrics.events.inc({ group: this.options.groupId, topic, type, outcome });
  }
}

const TOMBSTONE_NAMESPACE = '5f0c6a4e-6a43-4c8e-9d7e-0b8a4c1e2f10';

/**
 * A tombstone as an envelope, so it goes through the same inbox and retries as events. Its id is
 * the producer's `ce_id` or, for tombstones from elsewhere, derived from its coordinates.
 */
function tombstoneEvent(topic: string, partition: number, message: KafkaMessage): EventEnvelope {
  const key = message.key?.toString('utf8') ?? '';
  return {
    id: headerText(message.headers, CE.id) ?? uuidv5(`${topic}/${partition}/${message.offset}`, TOMBSTONE_NAMESPACE),
    type: TOMBSTONE_TYPE,
    version: 1,
    time: new Date(Number(message.timestamp)).toISOString(),
    source: 'unknown',
    centreId: headerText(message.headers, CE.centreid) ?? 'unknown',
    regionId: headerText(message.headers, CE.regionid) ?? 'unknown',
    subject: key,
    correlationId: headerText(message.headers, CE.correlationid) ?? randomUUID(),
    causationId: null,
    payload: {},
  };
}

async function sleepWithHeartbeat(ms: number, payload: EachBatchPayload): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!payload.isRunning() || payload.isStale()) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, until - Date.now())));
    await payload.heartbeat().catch(() => undefined);
  }
  return payload.isRunning() && !payload.isStale();
}

function consumerMetrics(registry: Registry | undefined) {
  const registers = registry ? [registry] : [];
  const existing = <T>(name: string) => registry?.getSingleMetric(name) as T | undefined;
  return {
    events:
      existing<Counter<'group' | 'topic' | 'type' | 'outcome'>>('consumer_events_total') ??
      new Counter({
        name: 'consumer_events_total',
        help: 'Consumed events by outcome: handled, duplicate, skipped, dead-lettered',
        labelNames: ['group', 'topic', 'type', 'outcome'] as const,
        registers,
      }),
    retries:
      existing<Counter<'group' | 'type'>>('consumer_retries_total') ??
      new Counter({
        name: 'consumer_retries_total',
        help: 'Handler attempts that failed and were retried',
        labelNames: ['group', 'type'] as const,
        registers,
      }),
    duration:
      existing<Histogram<'group' | 'type'>>('consumer_handle_seconds') ??
      new Histogram({
        name: 'consumer_handle_seconds',
        help: 'Time from reading an event to committing its effect',
        labelNames: ['group', 'type'] as const,
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
        registers,
      }),
  };
}
