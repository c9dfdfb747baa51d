import { ContractViolationError } from '@vc/contracts';
import {
  CE,
  CreateMessagingTables1732700000000,
  createIdempotentProducer,
  createKafka,
  EventFactory,
  Outbox,
  OutboxRelay,
  UnknownContractError,
} from '../src/index.js';
import {
  createTestDatabase,
  createTopics,
  eventually,
  migratedDataSource,
  testBrokers,
  testKafka,
  testLogger,
  TopicProbe,
  type TestDatabase,
} from '@vc/testing';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { spawnBackbone } from './fixtures/child-process.js';
import { counterContracts, testNamespace } from './fixtures/counter-events.js';
import { CreateCounterTables1732700000001 } from './fixtures/counter-tables.migration.js';
import { CENTRE, incrementCounter, REGION } from './fixtures/counter-service.js';

const logger = testLogger('outbox-relay');

async function metricValue(registry: Registry, name: string, series = name): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return undefined;
  // Histogram series carry their own metricName (`_count`, `_sum`, `_bucket`); plain series don't.
  const values = (await metric.get()).values as Array<{ value: number; metricName?: string }>;
  return values.find((v) => v.metricName === series || (series === name && !v.metricName))?.value;
}
const kafka = testKafka();

describe('outbox relay (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let contracts: ReturnType<typeof counterContracts>;
  let probe: TopicProbe;
  const cleanup: Array<() => Promise<unknown>> = [];

  beforeEach(async () => {
    contracts = counterContracts(testNamespace());
    await createTopics(kafka, [contracts.incremented.topic]);
    database = await createTestDatabase('outbox');
    dataSource = await migratedDataSource(database.url, [
      CreateMessagingTables1732700000000,
      CreateCounterTables1732700000001,
    ]);
    probe = await new TopicProbe(kafka, [contracts.incremented.topic]).start();
  });

  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
    await probe.stop();
    await dataSource.destroy();
    await database.drop();
  });

  async function startRelay(options: { pollIntervalMs?: number; source?: DataSource; registry?: Registry } = {}) {
    const producer = createIdempotentProducer(createKafka({ clientId: 'relay', brokers: testBrokers(), logger }));
    await producer.connect();
    const relay = new OutboxRelay({ dataSource: options.source ?? dataSource, producer, logger, ...options });
    await relay.start();
    cleanup.push(() => producer.disconnect(), () => relay.stop());
    return relay;
  }

  async function pendingRows(): Promise<number> {
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_message`,
    );
    return count;
  }

  it('publishes a committed event as a CloudEvent keyed by its aggregate, then removes it from the outbox', async () => {
    const event = await incrementCounter(dataSource, contracts, 'counter-1', 5);
    const registry = new Registry();
    expect(await metricValue(registry, 'outbox_pending')).toBeUndefined();
    // A poll interval of a minute leaves the commit notification as the only way to wake the relay.
    await startRelay({ pollIntervalMs: 60_000, registry });

    const [record] = await probe.waitFor((records) => records.length === 1);
    expect(record.key).toBe('counter-1');
    expect(JSON.parse(record.value!)).toEqual({ amount: 5, sequence: 0 });
    expect(record.headers).toMatchObject({
      [CE.specversion]: '1.0',
      [CE.id]: event.id,
      [CE.type]: contracts.incremented.type,
      [CE.dataversion]: '1',
      [CE.source]: 'urn:vc:service:counters',
      [CE.subject]: 'counter-1',
      [CE.centreid]: CENTRE,
      [CE.regionid]: REGION,
      [CE.correlationid]: event.correlationId,
      'content-type': 'application/json',
    });
    await eventually(async () => expect(await pendingRows()).toBe(0));
    expect(await metricValue(registry, 'outbox_published_total')).toBe(1);
    expect(await metricValue(registry, 'outbox_pending')).toBe(0);
    expect(await metricValue(registry, 'outbox_publish_failures_total')).toBe(0);
    expect(await metricValue(registry, 'outbox_publish_latency_seconds', 'outbox_publish_latency_seconds_count')).toBe(1);
  });

  it('wakes on commit: an event written while the relay idles is published without waiting for a poll', async () => {
    await startRelay({ pollIntervalMs: 60_000 });
    await incrementCounter(dataSource, contracts, 'counter-2', 1);
    await incrementCounter(dataSource, contracts, 'counter-2', 2);
    const records = await probe.waitFor((r) => r.length === 2, 15_000);
    expect(records.map((r) => JSON.parse(r.value!).sequence)).toEqual([0, 1]);
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    await expect(
      incrementCounter(dataSource, contracts, 'counter-rolled-back', 1, {
        beforeCommit: async () => {
          throw new Error('business rule failed after the event was added');
        },
      }),
    ).rejects.toThrow('business rule failed');
    await incrementCounter(dataSource, contracts, 'counter-committed', 1);
    const rows = await dataSource.query(`SELECT message_key FROM outbox_message`);
    expect(rows).toEqual([{ message_key: 'counter-committed' }]);
    await startRelay();

    await probe.waitFor((records) => records.some((r) => r.key === 'counter-committed'));
    expect(probe.records.map((r) => r.key)).toEqual(['counter-committed']);
  });

  it('keeps an event it cannot publish, records why, and publishes it once Kafka accepts it', async () => {
    const missing = counterContracts(testNamespace());
    const event = await incrementCounter(dataSource, missing, 'counter-no-topic', 1);
    const impatient = createKafka({ clientId: 'relay', brokers: testBrokers(), logger, retry: { retries: 1, initialRetryTime: 50 } });
    const producer = createIdempotentProducer(impatient);
    await producer.connect();
    const relay = new OutboxRelay({ dataSource, producer, logger, pollIntervalMs: 100 });
    await relay.start();
    cleanup.push(() => producer.disconnect(), () => relay.stop());

    // The topic does not exist and the broker does not create topics on demand.
    await eventually(async () => {
      const [row] = await dataSource.query(`SELECT attempts, last_error FROM outbox_message WHERE event_id = $1`, [
        event.id,
      ]);
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row.last_error).toMatch(/partition|topic/i);
    });

    await createTopics(kafka, [missing.incremented.topic]);
    const late = await new TopicProbe(kafka, [missing.incremented.topic]).start();
    cleanup.push(() => late.stop());
    const [record] = await late.waitFor((records) => records.length === 1, 60_000);
    expect(record.headers[CE.id]).toBe(event.id);
    expect(await pendingRows()).toBe(0);
  });

  it('refuses an event that breaks its contract at the source and stores nothing', async () => {
    const outbox = new Outbox(contracts.catalogue);
    const events = new EventFactory('counters');
    const invalid = events.create(contracts.incremented, {
      subject: 'counter-3',
      centreId: CENTRE,
      regionId: REGION,
      payload: { amount: 0, sequence: -1 },
    });
    const error = await dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO counter (id, value, sequence) VALUES ('counter-3', 0, 0)`);
        await outbox.add(manager, invalid);
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).violations.map((v) => v.field).sort()).toEqual(['amount', 'sequence']);
    expect(await dataSource.query(`SELECT * FROM outbox_message`)).toEqual([]);
    expect(await dataSource.query(`SELECT * FROM counter`)).toEqual([]);
  });

  it('refuses an event type that is not in the service catalogue', async () => {
    const outbox = new Outbox(counterContracts('other').catalogue);
    const events = new EventFactory('counters');
    const event = events.create(contracts.incremented, {
      subject: 'c',
      centreId: CENTRE,
      regionId: REGION,
      payload: { amount: 1, sequence: 0 },
    });
    await expect(dataSource.transaction((manager) => outbox.add(manager, event))).rejects.toBeInstanceOf(
      UnknownContractError,
    );
  });

  it('refuses to write outside a transaction', async () => {
    const outbox = new Outbox(contracts.catalogue);
    const event = new EventFactory('counters').create(contracts.incremented, {
      subject: 'c',
      centreId: CENTRE,
      regionId: REGION,
      payload: { amount: 1, sequence: 0 },
    });
    await expect(outbox.add(dataSource.manager, event)).rejects.toThrow(/inside the transaction/);
  });

  it('makes a later writer of the same aggregate wait for the earlier commit, so a late commit is never overtaken', async () => {
    const outbox = new Outbox(contracts.catalogue);
    const events = new EventFactory('counters');
    const eventOf = (subject: string, sequence: number) =>
      events.create(contracts.incremented, { subject, centreId: CENTRE, regionId: REGION, payload: { amount: 1, sequence } });
    const [first, second, unrelated] = [eventOf('late', 0), eventOf('late', 1), eventOf('other', 0)];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstAdded!: () => void;
    const added = new Promise<void>((resolve) => (firstAdded = resolve));

    // The first transaction takes position n and stays open; no row lock of its own anywhere.
    const slow = dataSource.transaction(async (manager) => {
      await outbox.add(manager, first);
      firstAdded();
      await held;
    });
    await added;
    const fast = dataSource.transaction((manager) => outbox.add(manager, second));
    await dataSource.transaction((manager) => outbox.add(manager, unrelated));
    await startRelay({ pollIntervalMs: 20 });

    // The relay is publishing (the unrelated aggregate got through) while the second writer of
    // `late` waits on the first one's lock instead of committing ahead of it.
    await probe.waitFor((records) => records.some((r) => r.key === 'other'));
    const [{ waiting }] = await dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
    );
    expect(waiting).toBe(1);
    expect(probe.records.filter((r) => r.key === 'late')).toEqual([]);

    release();
    await Promise.all([slow, fast]);
    const late = await probe.waitFor((records) => records.filter((r) => r.key === 'late').length === 2);
    expect(late.filter((r) => r.key === 'late').map((r) => r.headers[CE.id])).toEqual([first.id, second.id]);
  });

  it('keeps per-aggregate order for 20 aggregates x 50 events written concurrently and relayed by two relays', async () => {
    const aggregates = Array.from({ length: 20 }, (_, i) => `aggregate-${i}`);
    // A second "replica" with its own connection pool and producer.
    const secondReplica = await migratedDataSource(database.url, []);
    cleanup.push(() => secondReplica.destroy());
    await startRelay({ pollIntervalMs: 50 });
    await startRelay({ pollIntervalMs: 50, source: secondReplica });

    // Five writers per aggregate race each other; some hold their transaction open a little after
    // writing the event, so later transactions of other aggregates commit first (late commits).
    await Promise.all(
      aggregates.flatMap((id) =>
        Array.from({ length: 5 }, async () => {
          for (let i = 0; i < 10; i++) {
            await incrementCounter(dataSource, contracts, id, 1, {
              beforeCommit: () => new Promise((resolve) => setTimeout(resolve, Math.random() < 0.2 ? 5 : 0)),
            });
          }
        }),
      ),
    );

    await probe.waitFor((records) => records.length >= 1_000, 60_000);
    expect(probe.records).toHaveLength(1_000);
    expect(new Set(probe.records.map((r) => r.headers[CE.id])).size).toBe(1_000);
    for (const id of aggregates) {
      const sequences = probe.records.filter((r) => r.key === id).map((r) => JSON.parse(r.value!).sequence);
      expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i));
    }
    expect(await pendingRows()).toBe(0);
  });

  it.each([
    ['before the Kafka send', 'before-send', 1],
    ['after the Kafka send but before marking the rows published', 'after-send', 2],
  ])(
    'still publishes every committed event when the relay process is killed %s',
    async (_when, crashAt, expectedCopies) => {
      const committed = [
        await incrementCounter(dataSource, contracts, 'counter-crash', 1),
        await incrementCounter(dataSource, contracts, 'counter-crash', 2),
      ];
      const child = spawnBackbone({
        ROLE: 'relay',
        CRASH_AT: crashAt,
        NAMESPACE: contracts.incremented.type.split('.')[0],
        DATABASE_URL: database.url,
        KAFKA_BROKERS: testBrokers().join(','),
      });
      const exit = await child.exited;
      expect(exit.signal).toBe('SIGKILL');
      expect(await pendingRows()).toBe(2);

      // The restarted relay.
      await startRelay();
      await probe.waitFor((records) => records.length >= 2 * expectedCopies, 30_000);
      const ids = probe.records.map((r) => r.headers[CE.id]);
      // At-least-once: a send Kafka acknowledged before the crash is sent again, never lost.
      expect(ids.sort()).toEqual(
        committed.flatMap((e) => Array.from({ length: expectedCopies }, () => e.id)).sort(),
      );
      expect(await pendingRows()).toBe(0);
    },
  );

  it('finishes its batch on SIGTERM and loses nothing', async () => {
    await dataSource.transaction(async (manager) => {
      const outbox = new Outbox(contracts.catalogue);
      const events = new EventFactory('counters');
      await outbox.add(
        manager,
        Array.from({ length: 3_000 }, (_, i) =>
          events.create(contracts.incremented, {
            subject: `bulk-${i % 30}`,
            centreId: CENTRE,
            regionId: REGION,
            payload: { amount: 1, sequence: Math.floor(i / 30) },
          }),
        ),
      );
    });
    const child = spawnBackbone({
      ROLE: 'relay',
      BATCH_SIZE: '50',
      NAMESPACE: contracts.incremented.type.split('.')[0],
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
    });
    await child.waitForOutput('sent');
    child.process.kill('SIGTERM');
    const exit = await child.exited;
    expect(exit.code).toBe(0);
    expect(child.output()).toContain('stopped');
    const publishedBeforeRestart = 3_000 - (await pendingRows());
    expect(publishedBeforeRestart).toBeGreaterThan(0);

    await startRelay();
    await probe.waitFor((records) => records.length >= 3_000, 60_000);
    // Graceful stop marks what it sent: nothing is lost and, without a crash, nothing is sent twice.
    expect(probe.records).toHaveLength(3_000);
    expect(new Set(probe.records.map((r) => r.headers[CE.id])).size).toBe(3_000);
  });
});
