import {
  centreCreatedV1,
  placementCompletedV1,
  volunteerContactChangedV1,
  volunteerErasedV1,
  type EventContract,
  type PlacementSnapshotV1,
} from '@vc/contracts';
import { CE, createIdempotentProducer, createKafka, EventFactory, TOMBSTONE_HEADER, toKafkaRecord } from '@vc/messaging';
import { loadConfig, mintDevToken, runInTenant, type Principal, type Role } from '@vc/service-kit';
import {
  createTestDatabase,
  eventually,
  testBrokers,
  testKafka,
  testLogger,
  TopicProbe,
  uniqueName,
  type ReceivedRecord,
  type TestDatabase,
} from '@vc/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { TrainingConfig } from '../src/training.config.js';
import { startTraining, type RunningTraining } from '../src/start-training.js';

export const TEST_JWT_SECRET = 'test-secret-for-training-integration-tests';

export const TRAINING_TOPICS = [
  'training.course.v1',
  'training.session.v1',
  'training.enrolment.v1',
  'training.certificate.v1',
  'training.article.v1',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The real training service (same wiring as main.ts) on a database of its own with a consumer
 * group of its own, against the test broker; plus tokens, an HTTP client, a probe on its topics
 * and a producer that plays registrations and matching (their events, built from their contracts).
 */
export class TrainingTestApp {
  private readonly upstream = new EventFactory('registrations');

  private constructor(
    readonly running: RunningTraining,
    readonly database: TestDatabase,
    readonly probe: TopicProbe,
    private readonly producer: Producer,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TrainingTestApp> {
    const database = await createTestDatabase('training');
    const config = loadConfig(TrainingConfig, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      PORT: String(await freePort()),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      TRAINING_CONSUMER_GROUP: uniqueName('training'),
      PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    });
    const logger = testLogger('training');
    const running = await startTraining(config, logger);
    const probe = await new TopicProbe(testKafka(), TRAINING_TOPICS).start();
    const producer = createIdempotentProducer(createKafka({ clientId: uniqueName('upstream'), brokers: testBrokers(), logger }));
    await producer.connect();
    await running.consumer.whenJoined();
    return new TrainingTestApp(running, database, probe, producer);
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    await this.probe.stop();
    for (const step of this.running.stopSteps) await step.run();
    await this.database.drop();
  }

  http(): TestAgent {
    return request(this.running.app.getHttpServer());
  }

  async token(role: Role, claims: Partial<Omit<Principal, 'roles'>> = {}): Promise<string> {
    return mintDevToken({ subject: claims.subject ?? `user-${randomUUID()}`, roles: [role], ...claims }, { secret: TEST_JWT_SECRET });
  }

  /** Publishes an upstream event the way its producer would (CloudEvents binary mode). */
  async publish<P extends object>(contract: EventContract<P>, fields: { subject: string; centreId: string; regionId: string; payload: P }) {
    const record = toKafkaRecord(this.upstream.create(contract, fields));
    await this.producer.send({ topic: contract.topic, acks: -1, messages: [record] });
  }

  /**
   * A new centre in a new region, announced by registrations and arrived in training. An app started
   * late in a run reads every event earlier suites published before this one: give it longer.
   */
  async centre(timeoutMs?: number): Promise<{ centreId: string; regionId: string }> {
    const centreId = randomUUID();
    const regionId = randomUUID();
    await this.publish(centreCreatedV1, {
      subject: centreId,
      centreId,
      regionId,
      payload: { centreId, regionId, name: `Centrale ${centreId.slice(0, 8)}`, municipalities: ['GM0344'], sharesVacanciesWithConsortium: true },
    });
    await this.until(`SELECT 1 FROM centre WHERE id = $1`, [centreId], timeoutMs);
    return { centreId, regionId };
  }

  /** A volunteer whose name training learnt from the restricted contact topic. */
  async volunteer(centre: { centreId: string; regionId: string }, firstName = 'Zoë', lastName = 'de Vries'): Promise<string> {
    const volunteerId = randomUUID();
    await this.publish(volunteerContactChangedV1, {
      subject: volunteerId,
      ...centre,
      payload: { volunteerId, centreId: centre.centreId, firstName, lastName, email: `${volunteerId}@example.org`, preferredLanguage: 'nl' },
    });
    await this.until(`SELECT 1 FROM volunteer_name WHERE volunteer_id = $1`, [volunteerId]);
    return volunteerId;
  }

  async erase(centre: { centreId: string; regionId: string }, volunteerId: string): Promise<void> {
    await this.publish(volunteerErasedV1, {
      subject: volunteerId,
      ...centre,
      payload: { volunteerId, ...centre, erasedAt: new Date().toISOString() },
    });
  }

  async contactTombstone(centre: { centreId: string; regionId: string }, volunteerId: string): Promise<void> {
    await this.producer.send({
      topic: volunteerContactChangedV1.topic,
      acks: -1,
      messages: [{ key: volunteerId, value: null, headers: { [CE.id]: randomUUID(), [CE.centreid]: centre.centreId, [CE.regionid]: centre.regionId, [TOMBSTONE_HEADER]: 'true' } }],
    });
  }

  async placementCompleted(payload: PlacementSnapshotV1): Promise<void> {
    const record = toKafkaRecord(
      new EventFactory('matching').create(placementCompletedV1, { subject: payload.placementId, centreId: payload.centreId, regionId: payload.regionId, payload }),
    );
    await this.producer.send({ topic: placementCompletedV1.topic, acks: -1, messages: [record] });
  }

  /** Waits until a query (run consortium-wide, as the service's role) returns a row. */
  async until(sql: string, parameters: unknown[], timeoutMs = 20_000): Promise<Array<Record<string, unknown>>> {
    let rows: Array<Record<string, unknown>> = [];
    await eventually(async () => {
      rows = await this.sql(sql, parameters);
      if (rows.length === 0) throw new Error(`no row yet for ${sql}`);
    }, timeoutMs);
    return rows;
  }

  sql(sql: string, parameters: unknown[] = []): Promise<Array<Record<string, unknown>>> {
    return runInTenant(this.running.dataSource, { consortium: true }, (manager) => manager.query(sql, parameters));
  }

  /** Records published about one aggregate (its id is the key), so runs don't see each other. */
  async eventsAbout(subject: string, count: number, timeoutMs = 20_000): Promise<ReceivedRecord[]> {
    const records = await this.probe.waitFor((all) => all.filter((r) => r.key === subject).length >= count, timeoutMs);
    return records.filter((r) => r.key === subject);
  }

  /** What the outbox still holds plus what reached Kafka, about a subject: for "no event" checks. */
  async publishedTypes(subject: string): Promise<string[]> {
    const pending = await this.sql(`SELECT event_type FROM outbox_message WHERE message_key = $1`, [subject]);
    const sent = this.probe.records.filter((r) => r.key === subject).map((r) => r.headers[CE.type]!);
    return [...pending.map((r) => String(r.event_type)), ...sent];
  }
}

/** Payloads tests send; every call gets unique ids where they matter. */
export const courseBody = (change: Record<string, unknown> = {}) => ({
  title: 'Omgaan met agressie',
  description: 'Hoe herken je escalatie en wat doe je dan? Met oefeningen uit de praktijk.',
  audiences: ['volunteers', 'coordinators'],
  topics: ['dealing-with-aggression'],
  skills: ['social.de-escalation'],
  language: 'nl',
  priceCents: 0,
  openToConsortium: false,
  ...change,
});

/** A session `days` from now (negative: already started), Amsterdam wall-clock. */
export function sessionBody(days: number, change: Record<string, unknown> = {}) {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    startsAt: `${day(days)}T19:30`,
    endsAt: `${day(days)}T21:30`,
    enrolmentDeadline: `${day(days - 1)}T23:59`,
    location: 'Buurthuis De Linde, Lindelaan 3, Utrecht',
    trainerName: 'Mirjam Bakker',
    capacity: 20,
    ...change,
  };
}
