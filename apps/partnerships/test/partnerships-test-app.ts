import {
  centreCreatedV1,
  organisationRegisteredV1,
  organisationVerifiedV1,
  partnershipsCatalogue,
  type EventContract,
  type EventEnvelope,
} from '@vc/contracts';
import { EventFactory, toKafkaRecord } from '@vc/messaging';
import { loadConfig, mintDevToken, runInTenant, type Principal, type Role } from '@vc/service-kit';
import {
  createTestDatabase,
  eventually,
  testBrokers,
  testKafka,
  testLogger,
  TopicProbe,
  type ReceivedRecord,
  type TestDatabase,
} from '@vc/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { PartnershipsConfig } from '../src/partnerships.config.js';
import { startPartnerships, type RunningPartnerships } from '../src/start-partnerships.js';

export const TEST_JWT_SECRET = 'test-secret-for-partnerships-integration-tests';

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

const registrationsEvents = new EventFactory('registrations');
const matchingEvents = new EventFactory('matching');

/** Centres, organisations, tokens: what most tests need before they can say anything. */
export interface TestCentre {
  centreId: string;
  regionId: string;
  staff: string;
}

/**
 * The real partnerships service (same wiring as main.ts) on a database of its own, against the
 * test broker, plus what tests need around it: tokens, an HTTP client, a probe on its topics, and
 * a producer that publishes registrations' events the way registrations does.
 */
export class PartnershipsTestApp {
  private constructor(
    readonly running: RunningPartnerships,
    readonly database: TestDatabase,
    readonly probe: TopicProbe,
    private readonly producer: Producer,
    private readonly ownsDatabase: boolean,
    /** This instance's consumer group (its dead-letter topics are `<topic>.<group>.dlq`). */
    readonly consumerGroup: string,
  ) {}

  /**
   * `env` overrides the service's variables. `shareDatabaseWith` starts a second instance on the
   * first one's database (two replicas of one deployment), with its own consumer group.
   */
  static async start(env: Record<string, string> = {}, shareDatabaseWith?: PartnershipsTestApp): Promise<PartnershipsTestApp> {
    const database = shareDatabaseWith?.database ?? (await createTestDatabase('partnerships'));
    const consumerGroup = `partnerships-test-${randomUUID()}`;
    const config = loadConfig(PartnershipsConfig, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      PORT: String(await freePort()),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      PARTNERSHIPS_CONSUMER_GROUP: consumerGroup,
      // Tests drive the scheduler themselves.
      DEAL_FOLLOW_UP_INTERVAL_MS: '0',
      ...env,
    });
    const running = await startPartnerships(config, testLogger('partnerships'));
    const probe = await new TopicProbe(testKafka(), partnershipsCatalogue.topics()).start();
    const producer = testKafka().producer();
    await producer.connect();
    return new PartnershipsTestApp(running, database, probe, producer, shareDatabaseWith === undefined, consumerGroup);
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    await this.probe.stop();
    for (const step of this.running.stopSteps) await step.run();
    if (this.ownsDatabase) await this.database.drop();
  }

  http(): TestAgent {
    return request(this.running.app.getHttpServer());
  }

  async token(role: Role, claims: Partial<Omit<Principal, 'roles'>> = {}): Promise<string> {
    return mintDevToken({ subject: claims.subject ?? `user-${randomUUID()}`, roles: [role], ...claims }, { secret: TEST_JWT_SECRET });
  }

  /** Publishes one of registrations' events as registrations would (CloudEvents on its topic). */
  async publishRegistrations<P extends object>(
    contract: EventContract<P>,
    fields: { subject: string; centreId: string; regionId: string; payload: P },
  ): Promise<EventEnvelope<P>> {
    const event = registrationsEvents.create(contract, fields);
    await this.send(contract.topic, event);
    return event;
  }

  /** Publishes one of matching's events as matching would. */
  async publishMatching<P extends object>(
    contract: EventContract<P>,
    fields: { subject: string; centreId: string; regionId: string; payload: P },
  ): Promise<EventEnvelope<P>> {
    const event = matchingEvents.create(contract, fields);
    await this.send(contract.topic, event);
    return event;
  }

  /** Sends an envelope as it is: a redelivery when it was sent before. */
  async send(topic: string, event: EventEnvelope): Promise<void> {
    const record = toKafkaRecord(event);
    await this.producer.send({ topic, messages: [{ key: record.key, value: record.value, headers: record.headers }] });
  }

  /** Rows of a query run consortium-wide as the app role (for asserting what was stored). */
  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return runInTenant(this.running.dataSource, { consortium: true }, (m) => m.query(sql, params)) as Promise<T[]>;
  }

  /** A new centre announced by registrations, once partnerships has it; with a staff token. */
  async centre(): Promise<TestCentre> {
    const centreId = randomUUID();
    const regionId = randomUUID();
    await this.publishRegistrations(centreCreatedV1, {
      subject: centreId,
      centreId,
      regionId,
      payload: { centreId, regionId, name: `Centrale ${centreId.slice(0, 8)}`, municipalities: ['GM0344'], sharesVacanciesWithConsortium: false },
    });
    await eventually(async () => {
      expect(await this.rows(`SELECT 1 FROM centre WHERE id = $1`, [centreId])).toHaveLength(1);
    });
    return { centreId, regionId, staff: await this.token('consultant', { centreId }) };
  }

  /** A verified organisation of the centre, once partnerships has it. */
  async organisation(centre: TestCentre, change: { sector?: string; postcodeArea?: string; verified?: boolean } = {}): Promise<string> {
    const organisationId = randomUUID();
    const contract = change.verified === false ? organisationRegisteredV1 : organisationVerifiedV1;
    await this.publishRegistrations(contract as EventContract<object>, {
      subject: organisationId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: {
        organisationId,
        centreId: centre.centreId,
        name: `Stichting ${organisationId.slice(0, 8)}`,
        kvkNumber: '41178217',
        sector: change.sector ?? 'welzijn',
        postcodeArea: change.postcodeArea ?? '3511',
        status: change.verified === false ? 'registered' : 'verified',
      },
    });
    await eventually(async () => {
      expect(await this.rows(`SELECT 1 FROM organisation WHERE id = $1`, [organisationId])).toHaveLength(1);
    });
    return organisationId;
  }

  /** Records published about one aggregate (its id is the key), so runs don't see each other. */
  async eventsAbout(subject: string, count: number, timeoutMs = 20_000): Promise<ReceivedRecord[]> {
    const records = await this.probe.waitFor((all) => all.filter((r) => r.key === subject).length >= count, timeoutMs);
    return records.filter((r) => r.key === subject);
  }

  /** Types of the events about `subject` so far (after waiting for `count` of them). */
  async eventTypesAbout(subject: string, count: number): Promise<string[]> {
    return (await this.eventsAbout(subject, count)).map((r) => r.headers.ce_type!);
  }

  /**
   * Events that mention `text`, published or still in the outbox (the relay publishes only what
   * the outbox holds, so zero here means no event now or later).
   */
  async eventsMentioning(text: string): Promise<number> {
    const pending = await this.rows<{ count: number }>(`SELECT count(*)::int AS count FROM outbox_message WHERE value LIKE $1`, [`%${text}%`]);
    return pending[0]!.count + this.probe.records.filter((r) => r.value?.includes(text)).length;
  }
}

/** Asserts an RFC 9457 answer with the status and, when given, the problem type's slug. */
export function expectProblem(response: { status: number; headers: Record<string, string>; body: { type?: string } }, status: number, slug?: string): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toMatchObject({
    status,
    type: expect.stringMatching(/application\/problem\+json/),
  });
  if (slug) expect(response.body.type).toBe(`https://vrijwilligers.example/problems/${slug}`);
}

/** The fields a 400 validation problem names. */
export function invalidFieldsOf(response: { status: number; headers: Record<string, string>; body: { type?: string; errors?: Array<{ field: string }> } }): string[] {
  expectProblem(response, 400, 'validation');
  return (response.body.errors ?? []).map((e) => e.field).sort();
}
