/**
 * npm run bench:backbone: (a) raw KafkaJS producer throughput, (b) outbox relay throughput with
 * concurrent writers, (c) end-to-end latency from the database commit to the consumer's committed
 * effect at a steady 1,000 events/s. Real broker, real PostgreSQL (durable settings).
 */
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { defineEvent, EventCatalogue, type EventEnvelope } from '@vc/contracts';
import {
  CreateMessagingTables1732700000000,
  createIdempotentProducer,
  createKafka,
  EventConsumer,
  EventFactory,
  Outbox,
  OutboxRelay,
  toKafkaRecord,
} from '@vc/messaging';
import { createTestDatabase, createTopics, migratedDataSource, testKafka, testLogger, uniqueName } from '@vc/testing';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { startTestInfrastructure } from '../infra/test-infrastructure.mjs';
import { percentile, report, type BenchResult } from './bench-results.js';

class LoadGenerated {
  @IsInt()
  @Min(0)
  sequence!: number;

  @IsString()
  @MaxLength(500)
  note!: string;
}

const THROUGHPUT_EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const LATENCY_SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 20);
/** Seconds at the steady rate before measuring starts (JIT, pools, fetch sessions warm up). */
const WARMUP_SECONDS = 3;
const LATENCY_RATE = 1_000;
const EVENTS_PER_TRANSACTION = Number(process.env.BENCH_EVENTS_PER_TRANSACTION ?? 5);
const AGGREGATES = 1_000;
// About the size of a real vacancy or volunteer event payload.
const NOTE = 'x'.repeat(160);

const infrastructure = await startTestInfrastructure({ durablePostgres: true, log: (line) => console.log(`  ${line}`) });
process.env.KAFKA_BROKERS = infrastructure.brokers;
process.env.DATABASE_URL = infrastructure.databaseUrl;
const logger = testLogger('bench');
const kafka = createKafka({ clientId: 'bench', brokers: infrastructure.brokers.split(','), logger });
const plainKafka = testKafka('bench-admin');
const results: BenchResult[] = [];
const notes: string[] = [];

function contractFor(namespace: string) {
  const generated = defineEvent({
    type: `${namespace}.load.generated`,
    version: 1,
    topic: `${namespace}.load.v1`,
    privacy: 'public',
    payload: LoadGenerated,
    example: { sequence: 0, note: 'example' },
    description: 'Benchmark load',
  });
  return { generated, catalogue: new EventCatalogue([generated]) };
}

function makeEvents(contract: ReturnType<typeof contractFor>['generated'], count: number, offset = 0) {
  const factory = new EventFactory('bench');
  return Array.from({ length: count }, (_, i) =>
    factory.create(contract, {
      subject: `aggregate-${(offset + i) % AGGREGATES}`,
      centreId: 'centre-bench',
      regionId: 'region-bench',
      payload: { sequence: offset + i, note: NOTE },
    }),
  );
}

async function freshTopic(namespace: string, partitions = 6) {
  const contract = contractFor(namespace);
  await createTopics(plainKafka, [{ topic: contract.generated.topic, numPartitions: partitions }]);
  return contract;
}

async function rawProducer(): Promise<number> {
  const { generated } = await freshTopic(uniqueName('raw').replace(/_/g, ''));
  const records = makeEvents(generated, THROUGHPUT_EVENTS).map(toKafkaRecord);
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  // Warm-up: metadata, producer id, connections.
  await producer.sendBatch({ acks: -1, topicMessages: [{ topic: generated.topic, messages: records.slice(0, 1_000) }] });
  const started = performance.now();
  for (let i = 0; i < records.length; i += 1_000) {
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: generated.topic, messages: records.slice(i, i + 1_000) }] });
  }
  const seconds = (performance.now() - started) / 1_000;
  await producer.disconnect();
  return records.length / seconds;
}

async function pending(dataSource: DataSource): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox_message`);
  return count;
}

async function relayThroughput(): Promise<{ relay: number; writers: number }> {
  const contract = await freshTopic(uniqueName('relay').replace(/_/g, ''));
  const database = await createTestDatabase('bench_relay');
  const dataSource = await migratedDataSource(database.url, [CreateMessagingTables1732700000000], { poolSize: 16 });
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const relay = new OutboxRelay({ dataSource, producer, logger, batchSize: 2_000 });
  await relay.start();
  const outbox = new Outbox(contract.catalogue);

  const writers = 4;
  const perTransaction = 100;
  const events = makeEvents(contract.generated, THROUGHPUT_EVENTS);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < events.length) {
        const chunk = events.slice(next, next + perTransaction);
        next += perTransaction;
        await dataSource.transaction((manager) => outbox.add(manager, chunk));
      }
    }),
  );
  const written = performance.now();
  while ((await pending(dataSource)) > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const finished = performance.now();
  await relay.stop();
  await producer.disconnect();
  await dataSource.destroy();
  await database.drop();
  return {
    relay: events.length / ((finished - started) / 1_000),
    writers: events.length / ((written - started) / 1_000),
  };
}

/** The relay on its own: an outbox already holding the events, drained to Kafka. */
async function relayDrain(): Promise<number> {
  const contract = await freshTopic(uniqueName('drain').replace(/_/g, ''));
  const database = await createTestDatabase('bench_drain');
  const dataSource = await migratedDataSource(database.url, [CreateMessagingTables1732700000000], { poolSize: 16 });
  const outbox = new Outbox(contract.catalogue);
  const events = makeEvents(contract.generated, THROUGHPUT_EVENTS);
  for (let i = 0; i < events.length; i += 1_000) {
    await dataSource.transaction((manager) => outbox.add(manager, events.slice(i, i + 1_000)));
  }
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const relay = new OutboxRelay({ dataSource, producer, logger, batchSize: 2_000 });
  const started = performance.now();
  const published = await relay.publishPendingOutbox();
  const seconds = (performance.now() - started) / 1_000;
  if (published !== events.length) throw new Error(`relay drained ${published} of ${events.length}`);
  await producer.disconnect();
  await dataSource.destroy();
  await database.drop();
  return published / seconds;
}

async function endToEndLatency(): Promise<number[]> {
  const contract = await freshTopic(uniqueName('e2e').replace(/_/g, ''), 3);
  const producerDb = await createTestDatabase('bench_e2e_producer');
  const consumerDb = await createTestDatabase('bench_e2e_consumer');
  const producerSource = await migratedDataSource(producerDb.url, [CreateMessagingTables1732700000000], { poolSize: 16 });
  const consumerSource = await migratedDataSource(consumerDb.url, [CreateMessagingTables1732700000000]);
  await consumerSource.query(`CREATE TABLE effect (event_id uuid PRIMARY KEY, sequence integer NOT NULL)`);

  const committedAt = new Map<string, number>();
  const handledAt = new Map<string, number>();
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const relay = new OutboxRelay({ dataSource: producerSource, producer, logger });
  await relay.start();
  const consumer = new EventConsumer({
    kafka,
    dataSource: consumerSource,
    groupId: uniqueName('bench'),
    logger,
    fromBeginning: true,
    partitionsConsumedConcurrently: 3,
    onHandled: (event) => handledAt.set(event.id, performance.now()),
  }).on(contract.generated, async (event, { manager }) => {
    await manager.query(`INSERT INTO effect (event_id, sequence) VALUES ($1, $2)`, [event.id, event.payload.sequence]);
  });
  await consumer.start();
  await consumer.whenJoined();
  const outbox = new Outbox(contract.catalogue);

  const total = (WARMUP_SECONDS + LATENCY_SECONDS) * LATENCY_RATE;
  const events = makeEvents(contract.generated, total);
  const started = performance.now();
  let issued = 0;
  const inFlight = new Set<Promise<void>>();
  const write = (batch: EventEnvelope[]) => {
    const done = producerSource
      .transaction((manager) => outbox.add(manager, batch))
      .then(() => {
        const now = performance.now();
        for (const event of batch) committedAt.set(event.id, now);
      });
    inFlight.add(done);
    done.finally(() => inFlight.delete(done));
  };
  // Open loop: each event is written when its slot comes, whatever the previous ones are doing.
  while (issued < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1_000) * LATENCY_RATE));
    // Requests of a few events each, as a service under load commits them.
    while (due - issued >= EVENTS_PER_TRANSACTION || (due === total && issued < total)) {
      write(events.slice(issued, issued + EVENTS_PER_TRANSACTION));
      issued += EVENTS_PER_TRANSACTION;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + 60_000;
  while (handledAt.size < total && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const achievedRate = total / ((performance.now() - started) / 1_000);
  notes.push(
    `(c) offered ${LATENCY_RATE} events/s for ${LATENCY_SECONDS} s in transactions of ${EVENTS_PER_TRANSACTION} ` +
      `(${LATENCY_RATE / EVENTS_PER_TRANSACTION} commits/s); achieved ${achievedRate.toFixed(0)} events/s; ` +
      `${handledAt.size}/${total} handled; the first ${WARMUP_SECONDS} s are warm-up, not measured`,
  );

  const warmup = WARMUP_SECONDS * LATENCY_RATE;
  const latencies = events
    .slice(warmup)
    .map((e) => (handledAt.get(e.id) ?? NaN) - (committedAt.get(e.id) ?? NaN))
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b);

  await consumer.stop();
  await relay.stop();
  await producer.disconnect();
  await producerSource.destroy();
  await consumerSource.destroy();
  await producerDb.drop();
  await consumerDb.drop();
  return latencies;
}

try {
  console.log(`backbone benchmark: ${THROUGHPUT_EVENTS.toLocaleString('en-US')} events for throughput, ${LATENCY_SECONDS} s at ${LATENCY_RATE}/s for latency`);
  const raw = await rawProducer();
  console.log(`  (a) raw producer: ${raw.toFixed(0)} events/s`);
  const { relay, writers } = await relayThroughput();
  console.log(`  (b) outbox relay: ${relay.toFixed(0)} events/s (writers committed ${writers.toFixed(0)} events/s)`);
  const drain = await relayDrain();
  console.log(`  (b) relay draining a filled outbox: ${drain.toFixed(0)} events/s`);
  const latencies = await endToEndLatency();
  results.push(
    { metric: '(a) raw KafkaJS producer, idempotent, batched', value: raw, unit: 'events/s', target: null, better: 'higher' },
    { metric: '(b) outbox relay, 4 concurrent writers', value: relay, unit: 'events/s', target: 10_000, better: 'higher' },
    { metric: '(b) relay / raw producer', value: relay / raw, unit: 'ratio', target: 0.5, better: 'higher' },
    { metric: '(b) writers committing to the outbox', value: writers, unit: 'events/s', target: null, better: 'higher' },
    { metric: '(b) relay alone, draining a filled outbox', value: drain, unit: 'events/s', target: null, better: 'higher' },
    { metric: '(c) commit to consumer effect p50', value: percentile(latencies, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(c) commit to consumer effect p95', value: percentile(latencies, 95), unit: 'ms', target: null, better: 'lower' },
    { metric: '(c) commit to consumer effect p99', value: percentile(latencies, 99), unit: 'ms', target: 25, better: 'lower' },
    { metric: '(c) commit to consumer effect max', value: latencies[latencies.length - 1], unit: 'ms', target: null, better: 'lower' },
  );
  notes.push(
    `${THROUGHPUT_EVENTS} events of ~${NOTE.length + 40} bytes (+ CloudEvents headers) over ${AGGREGATES} aggregates, ` +
      `${os.cpus().length} cores shared by Kafka, PostgreSQL (durable settings) and one Node process`,
  );
  report('backbone', results, notes);
} finally {
  await infrastructure.stop();
}
