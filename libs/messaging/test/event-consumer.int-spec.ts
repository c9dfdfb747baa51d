import type { EventEnvelope } from '@vc/contracts';
import {
  CE,
  CreateMessagingTables1732700000000,
  createIdempotentProducer,
  createKafka,
  deadLetterTopic,
  EventConsumer,
  EventFactory,
  listDeadLetters,
  Outbox,
  OutboxRelay,
  PermanentFailure,
  replayDeadLetters,
  runDlqCommand,
  UsageError,
  runWithEventContext,
  toKafkaRecord,
  type EventHandler,
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
  uniqueName,
  type TestDatabase,
} from '@vc/testing';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { spawnBackbone } from './fixtures/child-process.js';
import { counterContracts, testNamespace, type CounterIncremented } from './fixtures/counter-events.js';
import { CreateCounterTables1732700000001 } from './fixtures/counter-tables.migration.js';
import { applyToTally, CENTRE, incrementCounter, REGION } from './fixtures/counter-service.js';

const logger = testLogger('event-consumer');
const kafka = testKafka();
const serviceKafka = createKafka({ clientId: 'consumer-test', brokers: testBrokers(), logger });

describe('event consumer (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let contracts: ReturnType<typeof counterContracts>;
  let namespace: string;
  let producer: Producer;
  let groupId: string;
  const cleanup: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    producer = createIdempotentProducer(serviceKafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
  });

  beforeEach(async () => {
    namespace = testNamespace();
    contracts = counterContracts(namespace);
    groupId = uniqueName('group');
    await createTopics(kafka, [
      contracts.incremented.topic,
      contracts.incrementedV2.topic,
      contracts.tallyRecorded.topic,
      { topic: contracts.ownerChanged.topic, numPartitions: 3, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
    ]);
    database = await createTestDatabase('consumer');
    dataSource = await migratedDataSource(database.url, [
      CreateMessagingTables1732700000000,
      CreateCounterTables1732700000001,
    ]);
  });

  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
    await dataSource.destroy();
    await database.drop();
  });

  const events = new EventFactory('counters');
  function increment(counterId: string, amount: number, sequence = 0): EventEnvelope<CounterIncremented> {
    return events.create(contracts.incremented, {
      subject: counterId,
      centreId: CENTRE,
      regionId: REGION,
      payload: { amount, sequence },
    });
  }

  async function publishRaw(topic: string, records: Array<{ key: string; value: string; headers: Record<string, string> }>) {
    await producer.send({ topic, acks: -1, messages: records });
  }

  async function publish(...list: EventEnvelope[]) {
    await publishRaw(contracts.incremented.topic, list.map(toKafkaRecord));
  }

  /**
   * Same record key for all, so they share a partition and are consumed in this order: a later
   * event being handled then proves the earlier ones were dealt with.
   */
  async function publishInOrder(records: Array<{ key: string; value: string; headers: Record<string, string> }>) {
    await publishRaw(
      contracts.incremented.topic,
      records.map((r) => ({ ...r, key: 'one-partition' })),
    );
  }

  async function startConsumer(
    handler: EventHandler<CounterIncremented> = applyToTally,
    options: Partial<ConstructorParameters<typeof EventConsumer>[0]> = {},
  ) {
    const consumer = new EventConsumer({
      kafka: serviceKafka,
      dataSource,
      groupId,
      logger,
      maxAttempts: 3,
      retryBackoff: { initialMs: 20, maxMs: 100 },
      ...options,
    }).on(contracts.incremented, handler);
    await consumer.start();
    cleanup.push(() => consumer.stop());
    return consumer;
  }

  async function tally(counterId: string): Promise<{ total: number; applied: number } | undefined> {
    const [row] = await dataSource.query(`SELECT total, applied FROM tally WHERE counter_id = $1`, [counterId]);
    return row;
  }

  async function deadLetters() {
    return listDeadLetters(kafka, deadLetterTopic(contracts.incremented.topic, groupId));
  }

  it('applies an event published through the outbox, end to end', async () => {
    const producerDb = await createTestDatabase('producer');
    const producerSource = await migratedDataSource(producerDb.url, [
      CreateMessagingTables1732700000000,
      CreateCounterTables1732700000001,
    ]);
    const relay = new OutboxRelay({ dataSource: producerSource, producer, logger });
    await relay.start();
    cleanup.push(
      () => producerDb.drop(),
      () => producerSource.destroy(),
      () => relay.stop(),
    );
    await startConsumer();

    await incrementCounter(producerSource, contracts, 'counter-a', 4);
    await incrementCounter(producerSource, contracts, 'counter-a', 6);

    await eventually(async () => expect(await tally('counter-a')).toEqual({ total: 10, applied: 2 }));
  });

  it('changes state once when the same event is delivered twice', async () => {
    const event = increment('counter-b', 7);
    const marker = increment('counter-marker', 1);
    await publishInOrder([event, event, marker].map(toKafkaRecord));
    await startConsumer();

    await eventually(async () => expect(await tally('counter-marker')).toBeDefined());
    expect(await tally('counter-b')).toEqual({ total: 7, applied: 1 });
    const inbox = await dataSource.query(`SELECT event_id FROM inbox_message WHERE consumer_group = $1`, [groupId]);
    expect(inbox.map((r: { event_id: string }) => r.event_id).sort()).toEqual([event.id, marker.id].sort());
  });

  it('runs beforeCommit in the handlers\' transaction, so writes gathered there commit with the inbox or not at all', async () => {
    const gathered = new WeakMap<object, number[]>();
    const duplicate = increment('counter-gathered', 2);
    await publishInOrder([increment('counter-gathered', 5), duplicate, duplicate, increment('counter-marker-gathered', 1)].map(toKafkaRecord));
    await startConsumer(
      async (event, context) => {
        if (event.subject !== 'counter-gathered') return applyToTally(event, context);
        const { manager } = context;
        gathered.set(manager, [...(gathered.get(manager) ?? []), event.payload.amount]);
      },
      {
        beforeCommit: async (manager) => {
          const amounts = gathered.get(manager) ?? [];
          if (amounts.length === 0) return;
          await manager.query(
            `INSERT INTO tally (counter_id, total, applied) VALUES ('counter-gathered', $1, $2)
             ON CONFLICT (counter_id) DO UPDATE SET total = tally.total + $1, applied = tally.applied + $2`,
            [amounts.reduce((sum, a) => sum + a, 0), amounts.length],
          );
        },
      },
    );

    await eventually(async () => expect(await tally('counter-marker-gathered')).toBeDefined());
    expect(await tally('counter-gathered')).toEqual({ total: 7, applied: 2 });
  });

  it('retries a handler that fails twice, then applies its effect once', async () => {
    const event = increment('counter-c', 3);
    let calls = 0;
    await startConsumer(async (e, context) => {
      calls += 1;
      // The effect is written before the failure: the rollback must undo it.
      await applyToTally(e, context);
      if (context.attempt < 3) throw new Error(`transient failure ${context.attempt}`);
    });
    await publish(event);

    await eventually(async () => expect(await tally('counter-c')).toEqual({ total: 3, applied: 1 }));
    expect(calls).toBe(3);
    expect(await dataSource.query(`SELECT attempt FROM tally_log`)).toEqual([{ attempt: 3 }]);
    expect(await deadLetters()).toEqual([]);
  });

  it('dead-letters poison events with the reason in headers and goes on with the next event', async () => {
    const valid = increment('counter-d', 1);
    const failing = increment('counter-poison', 2);
    const handled: string[] = [];
    await startConsumer(async (e, context) => {
      if (e.subject === 'counter-poison') throw new Error('handler bug');
      handled.push(e.id);
      await applyToTally(e, context);
    });
    const malformed = { ...toKafkaRecord(increment('counter-x', 1)), value: '{not json' };
    const unversioned = toKafkaRecord(increment('counter-y', 1));
    delete unversioned.headers[CE.dataversion];
    await publishInOrder([malformed, unversioned, toKafkaRecord(failing), toKafkaRecord(valid)]);

    await eventually(async () => expect(await tally('counter-d')).toEqual({ total: 1, applied: 1 }));
    expect(handled).toEqual([valid.id]);
    const letters = await deadLetters();
    expect(letters.map((l) => [l.reason, l.attempts, l.headers[CE.subject]])).toEqual([
      ['malformed', 0, 'counter-x'],
      ['malformed', 0, 'counter-y'],
      ['handler-failed', 3, 'counter-poison'],
    ]);
    const poison = letters[2];
    expect(poison).toMatchObject({
      eventId: failing.id,
      errorType: 'Error',
      errorMessage: 'handler bug',
      originalTopic: contracts.incremented.topic,
      consumerGroup: groupId,
    });
    expect(Number(poison.originalOffset)).toBeGreaterThanOrEqual(0);
    expect(poison.headers[CE.id]).toBe(failing.id);
  });

  it('sends a PermanentFailure to the dead-letter topic without retrying', async () => {
    let calls = 0;
    await startConsumer(async () => {
      calls += 1;
      throw new PermanentFailure('volunteer does not exist here');
    });
    await publish(increment('counter-e', 1));
    await eventually(async () => expect(await deadLetters()).toHaveLength(1));
    expect(calls).toBe(1);
    expect((await deadLetters())[0]).toMatchObject({ reason: 'handler-failed', attempts: 1, errorType: 'PermanentFailure' });
  });

  it('never hands an event that breaks its contract to the handler', async () => {
    const handled: string[] = [];
    await startConsumer(async (e, context) => {
      handled.push(e.subject);
      await applyToTally(e, context);
    });
    const invalid = increment('counter-invalid', 1);
    const withBadPayload = { ...toKafkaRecord(invalid), value: JSON.stringify({ amount: -5, sequence: 0, email: 'a@b.nl' }) };
    await publishInOrder([withBadPayload, toKafkaRecord(increment('counter-after', 1))]);

    await eventually(async () => expect(await tally('counter-after')).toBeDefined());
    expect(handled).toEqual(['counter-after']);
    const [letter] = await deadLetters();
    expect(letter).toMatchObject({ reason: 'contract-violation', eventId: invalid.id });
    expect(letter.errorMessage).toMatch(/amount/);
  });

  it('drops fields it does not know, so an additive contract change does not break it', async () => {
    const seen: object[] = [];
    await startConsumer(async (e, context) => {
      seen.push(e.payload);
      await applyToTally(e, context);
    });
    const newer = { ...toKafkaRecord(increment('counter-newer', 2)), value: JSON.stringify({ amount: 2, sequence: 0, colour: 'red' }) };
    await publishInOrder([newer]);

    await eventually(async () => expect(await tally('counter-newer')).toEqual({ total: 2, applied: 1 }));
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toHaveProperty('colour');
    expect(await deadLetters()).toEqual([]);
  });

  it('dead-letters a known event type in a version it has no contract for, and skips types it does not handle', async () => {
    await startConsumer();
    const v9 = toKafkaRecord(increment('counter-v9', 1));
    v9.headers[CE.dataversion] = '9';
    const otherType = toKafkaRecord(increment('counter-other', 1));
    otherType.headers[CE.type] = `${namespace}.counter.reset`;
    await publishInOrder([v9, otherType, toKafkaRecord(increment('counter-after', 1))]);

    await eventually(async () => expect(await tally('counter-after')).toBeDefined());
    expect((await deadLetters()).map((l) => [l.reason, l.headers[CE.subject]])).toEqual([
      ['unknown-version', 'counter-v9'],
    ]);
    expect(await tally('counter-other')).toBeUndefined();
  });

  it('skips events of regions this instance does not own, on the header alone', async () => {
    await startConsumer(applyToTally, { acceptRegion: (region) => region === REGION });
    const elsewhere = toKafkaRecord(
      events.create(contracts.incremented, {
        subject: 'counter-elsewhere',
        centreId: 'centre-groningen',
        regionId: 'region-noord',
        payload: { amount: 1, sequence: 0 },
      }),
    );
    // Unparseable on purpose: had the consumer parsed it, it would have been dead-lettered.
    elsewhere.value = '{not json';
    await publishInOrder([elsewhere, toKafkaRecord(increment('counter-here', 1))]);

    await eventually(async () => expect(await tally('counter-here')).toBeDefined());
    expect(await tally('counter-elsewhere')).toBeUndefined();
    expect(await deadLetters()).toEqual([]);
  });

  it('carries correlation, causation, tenant and trace context into the events a handler publishes', async () => {
    const probe = await new TopicProbe(kafka, [contracts.tallyRecorded.topic]).start();
    cleanup.push(() => probe.stop());
    const relay = new OutboxRelay({ dataSource, producer, logger });
    await relay.start();
    cleanup.push(() => relay.stop());
    const downstream = new EventFactory('tallies');
    await startConsumer(
      async (e, context) => {
        await applyToTally(e, context);
        await context.publish(
          downstream.create(contracts.tallyRecorded, {
            subject: e.subject,
            centreId: e.centreId,
            regionId: e.regionId,
            payload: { counterId: e.subject, total: e.payload.amount },
          }),
        );
      },
      { outbox: new Outbox(contracts.catalogue) },
    );
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const cause = runWithEventContext({ correlationId: 'corr-123', causationId: null, traceparent }, () =>
      increment('counter-f', 2),
    );
    await publish(cause);

    const [record] = await probe.waitFor((records) => records.length === 1);
    expect(record.headers).toMatchObject({
      [CE.correlationid]: 'corr-123',
      [CE.causationid]: cause.id,
      [CE.traceparent]: traceparent,
      [CE.centreid]: CENTRE,
      [CE.regionid]: REGION,
      [CE.type]: contracts.tallyRecorded.type,
    });
  });

  it('keeps heartbeating through a handler that outlasts the session timeout, so the event is handled once', async () => {
    const outcomes: string[] = [];
    // 6 s is the broker's smallest allowed session timeout; the handler takes longer than that.
    await startConsumer(
      async (e, context) => {
        if (e.subject === 'counter-slow') await new Promise((resolve) => setTimeout(resolve, 8_000));
        await applyToTally(e, context);
      },
      {
        sessionTimeoutMs: 6_000,
        heartbeatIntervalMs: 1_000,
        onHandled: (e, outcome) => outcomes.push(`${e.subject}:${outcome}`),
      },
    );
    await publishInOrder([toKafkaRecord(increment('counter-slow', 1)), toKafkaRecord(increment('counter-next', 1))]);

    await eventually(async () => expect(await tally('counter-next')).toBeDefined(), 30_000);
    // Without heartbeats the group would have evicted the consumer mid-handler and redelivered the
    // slow event, which the inbox would then report as a duplicate.
    expect(outcomes).toEqual(['counter-slow:handled', 'counter-next:handled']);
  }, 60_000);

  it('carries a tombstone from the outbox to the tombstone handler, in order after the key\'s events', async () => {
    const probe = await new TopicProbe(kafka, [contracts.ownerChanged.topic]).start();
    cleanup.push(() => probe.stop());
    const relay = new OutboxRelay({ dataSource, producer, logger });
    await relay.start();
    cleanup.push(() => relay.stop());
    await dataSource.query(`CREATE TABLE owner (counter_id text PRIMARY KEY, email text NOT NULL)`);
    const consumer = new EventConsumer({ kafka: serviceKafka, dataSource, groupId, logger })
      .on(contracts.ownerChanged, async (e, { manager }) => {
        await manager.query(`INSERT INTO owner VALUES ($1, $2) ON CONFLICT (counter_id) DO UPDATE SET email = $2`, [
          e.subject,
          e.payload.ownerEmail,
        ]);
      })
      .onTombstone(contracts.ownerChanged, async (key, { manager }) => {
        await manager.query(`DELETE FROM owner WHERE counter_id = $1`, [key]);
      });
    await consumer.start();
    cleanup.push(() => consumer.stop());

    const outbox = new Outbox(contracts.catalogue);
    const owned = (email: string) =>
      events.create(contracts.ownerChanged, { subject: 'counter-j', centreId: CENTRE, regionId: REGION, payload: { ownerEmail: email } });
    await dataSource.transaction((manager) => outbox.add(manager, owned('a@example.org')));
    await eventually(async () =>
      expect(await dataSource.query(`SELECT email FROM owner`)).toEqual([{ email: 'a@example.org' }]),
    );
    await dataSource.transaction(async (manager) => {
      await outbox.add(manager, owned('b@example.org'));
      await outbox.addTombstone(manager, contracts.ownerChanged, { subject: 'counter-j', centreId: CENTRE, regionId: REGION });
    });

    const records = await probe.waitFor((all) => all.length === 3);
    expect(records.map((r) => r.value === null)).toEqual([false, false, true]);
    expect(records[2]).toMatchObject({ key: 'counter-j', headers: { vc_tombstone: 'true', [CE.centreid]: CENTRE } });
    await eventually(async () => expect(await dataSource.query(`SELECT * FROM owner`)).toEqual([]));
    expect(await listDeadLetters(kafka, deadLetterTopic(contracts.ownerChanged.topic, groupId))).toEqual([]);
  });

  it('refuses a tombstone for a public topic, which is not compacted', async () => {
    const outbox = new Outbox(contracts.catalogue);
    await expect(
      dataSource.transaction((manager) =>
        outbox.addTombstone(manager, contracts.incremented, { subject: 'x', centreId: CENTRE, regionId: REGION }),
      ),
    ).rejects.toThrow(/not a compacted restricted topic/);
  });

  it('replays dead letters once the cause is fixed, and each letter only once', async () => {
    let broken = true;
    await startConsumer(async (e, context) => {
      if (broken) throw new PermanentFailure('bug in handler');
      await applyToTally(e, context);
    });
    const event = increment('counter-g', 5);
    await publish(event);
    await eventually(async () => expect(await deadLetters()).toHaveLength(1));

    broken = false;
    const dlq = deadLetterTopic(contracts.incremented.topic, groupId);
    const first = await replayDeadLetters(kafka, dlq);
    expect(first.replayed.map((l) => l.eventId)).toEqual([event.id]);
    await eventually(async () => expect(await tally('counter-g')).toEqual({ total: 5, applied: 1 }));

    const second = await replayDeadLetters(kafka, dlq);
    expect(second.replayed).toEqual([]);
    expect(await tally('counter-g')).toEqual({ total: 5, applied: 1 });
  });

  it('lists, shows and selectively replays dead letters through the dlq command', async () => {
    let broken = true;
    await startConsumer(async (e, context) => {
      if (broken) throw new PermanentFailure(`cannot handle ${e.subject}`);
      await applyToTally(e, context);
    });
    const [first, second] = [increment('counter-h', 1), increment('counter-i', 2)];
    await publishInOrder([toKafkaRecord(first), toKafkaRecord(second)]);
    await eventually(async () => expect(await deadLetters()).toHaveLength(2));
    const dlq = deadLetterTopic(contracts.incremented.topic, groupId);
    const run = async (...argv: string[]) => {
      const lines: string[] = [];
      await runDlqCommand(argv, kafka, (text) => lines.push(text));
      return lines;
    };

    expect((await run('topics')).some((l) => l.startsWith(`${dlq}  2`))).toBe(true);
    const listed = await run('list', dlq);
    expect(listed).toHaveLength(2);
    expect(listed[0]).toContain(first.id);
    expect(listed[0]).toContain('handler-failed');
    expect(listed[0]).toContain('cannot handle counter-h');
    expect(JSON.parse((await run('show', dlq, '1')).join('\n'))).toMatchObject({ eventId: second.id, offset: '1' });
    await expect(run('show', dlq, '7')).rejects.toBeInstanceOf(UsageError);
    await expect(run('replay', dlq, '--bogus', 'x')).rejects.toBeInstanceOf(UsageError);

    broken = false;
    expect(await run('replay', dlq, '--event', second.id)).toContain('1 replayed, 1 skipped');
    await eventually(async () => expect(await tally('counter-i')).toEqual({ total: 2, applied: 1 }));
    expect(await tally('counter-h')).toBeUndefined();

    // A later full replay still has the letter left out before; the one replayed twice is
    // de-duplicated by the inbox.
    expect(await run('replay', dlq)).toContain('2 replayed, 0 skipped');
    // A marker behind the replayed letters on their partition: once it is applied, so are they.
    await publishInOrder([toKafkaRecord(increment('counter-marker', 1))]);
    await eventually(async () => expect(await tally('counter-marker')).toBeDefined());
    expect(await tally('counter-h')).toEqual({ total: 1, applied: 1 });
    expect(await tally('counter-i')).toEqual({ total: 2, applied: 1 });
  });

  it('on SIGTERM mid-batch finishes the event in hand, commits, and a restart applies every event exactly once', async () => {
    const list = Array.from({ length: 60 }, (_, i) => increment(`counter-${i % 6}`, 1, Math.floor(i / 6)));
    await publish(...list);
    const env = {
      ROLE: 'consumer',
      GROUP_ID: groupId,
      HANDLER_DELAY_MS: '40',
      NAMESPACE: namespace,
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
    };
    const first = spawnBackbone(env);
    await first.waitForOutput(/handling[\s\S]*handling[\s\S]*handling/);
    first.process.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const [{ count: appliedBeforeRestart }] = await dataSource.query(`SELECT count(*)::int AS count FROM tally_log`);
    expect(appliedBeforeRestart).toBeGreaterThan(0);
    expect(appliedBeforeRestart).toBeLessThan(60);

    const second = spawnBackbone({ ...env, HANDLER_DELAY_MS: '0' });
    cleanup.push(async () => {
      second.process.kill('SIGTERM');
      await second.exited;
    });
    await eventually(async () => {
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM tally_log`);
      expect(count).toBe(60);
    }, 30_000);
    const perEvent = await dataSource.query(
      `SELECT event_id, count(*)::int AS n FROM tally_log GROUP BY event_id HAVING count(*) > 1`,
    );
    expect(perEvent).toEqual([]);
    const totals = await dataSource.query(`SELECT sum(total)::int AS total FROM tally`);
    expect(totals).toEqual([{ total: 60 }]);
  });
});
