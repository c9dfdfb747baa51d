import { matchingCatalogue, type EventContract, type EventEnvelope } from '@vc/contracts';
import { createIdempotentProducer, EventFactory, toKafkaRecord } from '@vc/messaging';
import { loadConfig, mintDevToken, type Principal, type Role } from '@vc/service-kit';
import {
  createTestDatabase,
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
import { MatchingConfig } from '../src/matching.config.js';
import { startMatching, type RunningMatching } from '../src/start-matching.js';

export const TEST_JWT_SECRET = 'test-secret-for-matching-integration-tests';

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
 * The real matching service (same wiring as main.ts) on a database and consumer group of its own,
 * against the test broker, plus what tests need around it: tokens, an HTTP client, a probe on
 * matching's topics, and a way to publish registrations' events as registrations would.
 */
export class MatchingTestApp {
  private static publisher?: Promise<Producer>;
  private readonly registrationsEvents = new EventFactory('registrations');

  private constructor(
    readonly running: RunningMatching,
    readonly database: TestDatabase,
    readonly config: MatchingConfig,
    readonly probe: TopicProbe | undefined,
    private readonly ownsDatabase: boolean,
  ) {}

  /**
   * `env` overrides the service's variables, e.g. MATCHING_REGIONS. `database` runs it on another
   * instance's database (a replica), which then stays when this one stops.
   */
  static async start(env: Record<string, string> = {}, options: { database?: TestDatabase } = {}): Promise<MatchingTestApp> {
    const database = options.database ?? (await createTestDatabase('matching'));
    const config = loadConfig(MatchingConfig, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      PORT: String(await freePort()),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      MATCHING_CONSUMER_GROUP: uniqueName('matching'),
      ...env,
    });
    const running = await startMatching(config, testLogger('matching'));
    const topics = matchingCatalogue.topics();
    const probe = topics.length > 0 ? await new TopicProbe(testKafka(), topics).start() : undefined;
    return new MatchingTestApp(running, database, config, probe, options.database === undefined);
  }

  /** Another replica of this instance: same database, same consumer group, same regions. */
  async startReplica(env: Record<string, string> = {}): Promise<MatchingTestApp> {
    return MatchingTestApp.start(
      { MATCHING_REGIONS: this.config.MATCHING_REGIONS, MATCHING_CONSUMER_GROUP: this.config.MATCHING_CONSUMER_GROUP, ...env },
      { database: this.database },
    );
  }

  async stop(): Promise<void> {
    await this.probe?.stop();
    for (const step of this.running.stopSteps) await step.run();
    if (this.ownsDatabase) await this.database.drop();
  }

  http(): TestAgent {
    return request(this.running.app.getHttpServer());
  }

  async token(role: Role, claims: Partial<Omit<Principal, 'roles'>> = {}): Promise<string> {
    return mintDevToken(
      { subject: claims.subject ?? `user-${randomUUID()}`, roles: [role], ...claims },
      { secret: TEST_JWT_SECRET },
    );
  }

  /** Records matching published about one aggregate (its id is the key). */
  async eventsAbout(subject: string, count: number, timeoutMs = 20_000): Promise<ReceivedRecord[]> {
    if (!this.probe) throw new Error('matching publishes no topics yet');
    const records = await this.probe.waitFor((all) => all.filter((r) => r.key === subject).length >= count, timeoutMs);
    return records.filter((r) => r.key === subject);
  }

  /**
   * Publishes a registrations event onto its topic exactly as registrations' outbox relay would
   * (CloudEvents binary mode, aggregate id as key). `subject` defaults to the payload's own id.
   */
  async publishRegistrationsEvent<P extends object>(
    contract: EventContract<P>,
    payload: P,
    envelope: { centreId: string; regionId: string; subject?: string; time?: Date },
  ): Promise<EventEnvelope<P>> {
    const subject = envelope.subject ?? subjectOf(payload);
    const event = this.registrationsEvents.create(contract, { ...envelope, subject, payload });
    await MatchingTestApp.sendRecords(contract.topic, [toKafkaRecord(event)]);
    return event;
  }

  /** Sends records as they are, for malformed or foreign events. */
  static async sendRecords(
    topic: string,
    records: Array<{ key: string; value: string | null; headers: Record<string, string> }>,
  ): Promise<void> {
    MatchingTestApp.publisher ??= (async () => {
      const producer = createIdempotentProducer(testKafka());
      await producer.connect();
      return producer;
    })();
    const producer = await MatchingTestApp.publisher;
    await producer.send({ topic, acks: -1, messages: records });
  }

  /** Disconnects the shared publisher; call once in the file's last afterAll. */
  static async closePublisher(): Promise<void> {
    const producer = await MatchingTestApp.publisher;
    MatchingTestApp.publisher = undefined;
    await producer?.disconnect();
  }
}

function subjectOf(payload: object): string {
  const p = payload as Record<string, unknown>;
  for (const key of ['volunteerId', 'vacancyId', 'organisationId', 'centreId']) if (typeof p[key] === 'string') return p[key] as string;
  throw new Error('No id in payload: pass `subject`');
}
