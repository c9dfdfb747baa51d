import { centreCreatedV1, volunteerContactChangedV1, volunteerErasedV1, volunteerRegisteredV1, type EventContract, type VolunteerRegisteredV1 } from '@vc/contracts';
import { CE, createIdempotentProducer, createKafka, EventFactory, TOMBSTONE_HEADER, toKafkaRecord } from '@vc/messaging';
import { loadConfig, mintDevToken, runInTenant, type Principal, type Role } from '@vc/service-kit';
import { createTestDatabase, eventually, testBrokers, testLogger, uniqueName, type TestDatabase } from '@vc/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { NotificationsConfig } from '../src/notifications.config.js';
import { startNotifications, type RunningNotifications } from '../src/start-notifications.js';
import { SmtpPeer } from './smtp-peer.js';

export const TEST_JWT_SECRET = 'test-secret-for-notifications-integration-tests';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Centre {
  centreId: string;
  regionId: string;
  name: string;
}

/**
 * The real notifications service (same wiring as main.ts) on a database of its own with a consumer
 * group of its own, against the test broker, sending to a real SMTP server on loopback; plus
 * tokens, an HTTP client and a producer that plays registrations, matching and training.
 */
export class NotificationsTestApp {
  private constructor(
    readonly running: RunningNotifications,
    readonly database: TestDatabase,
    readonly smtp: SmtpPeer,
    private readonly producer: Producer,
  ) {}

  /** `smtpDown`: the SMTP peer is created but not started (start it with `app.smtp.start()`). */
  static async start(options: { env?: Record<string, string>; smtpDown?: boolean } = {}): Promise<NotificationsTestApp> {
    const database = await createTestDatabase('notifications');
    const smtp = new SmtpPeer(await freePort());
    if (!options.smtpDown) await smtp.start();
    const config = loadConfig(NotificationsConfig, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      PORT: String(await freePort()),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      NOTIFICATIONS_CONSUMER_GROUP: uniqueName('notifications'),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      PUBLIC_BASE_URL: 'http://notifications.test',
      UNSUBSCRIBE_SECRET: 'test-unsubscribe-secret-of-at-least-32-chars',
      DISPATCH_INTERVAL_MS: '100',
      DELIVERY_RETRY_INITIAL_MS: '100',
      DELIVERY_RETRY_MAX_MS: '400',
      APPRECIATION_INTERVAL_MS: '0',
      ...options.env,
    });
    const running = await startNotifications(config, testLogger('notifications'));
    const producer = createIdempotentProducer(createKafka({ clientId: uniqueName('upstream'), brokers: testBrokers(), logger: testLogger('upstream') }));
    await producer.connect();
    await running.consumer.whenJoined();
    return new NotificationsTestApp(running, database, smtp, producer);
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    for (const step of this.running.stopSteps) await step.run();
    await this.smtp.stop();
    await this.database.drop();
  }

  http(): TestAgent {
    return request(this.running.app.getHttpServer());
  }

  async token(role: Role, claims: Partial<Omit<Principal, 'roles'>> = {}): Promise<string> {
    return mintDevToken({ subject: claims.subject ?? `user-${randomUUID()}`, roles: [role], ...claims }, { secret: TEST_JWT_SECRET });
  }

  /** Publishes an upstream event the way its producer would (CloudEvents binary mode); returns its id. */
  async publish<P extends object>(source: string, contract: EventContract<P>, fields: { subject: string; centreId: string; regionId: string; payload: P }): Promise<string> {
    const event = new EventFactory(source).create(contract, fields);
    await this.send(contract.topic, toKafkaRecord(event));
    return event.id;
  }

  /**
   * Right after a run creates many topics, a loaded broker may still answer "not the leader" for
   * a moment, which KafkaJS gives up on; a few patient retries settle it.
   */
  private async send(topic: string, message: ReturnType<typeof toKafkaRecord>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.producer.send({ topic, acks: -1, messages: [message] });
        return;
      } catch (error) {
        const text = `${(error as Error).message} ${String((error as { cause?: Error }).cause?.message ?? '')}`;
        if (attempt >= 8 || !/not the leader|does not host this topic-partition|leadership election/i.test(text)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  /**
   * Publishes events of one topic in a single produce request, so the consumer fetches them
   * together and applies them as one chunk (one transaction); returns their ids.
   */
  async publishTogether(source: string, events: Array<{ contract: EventContract; fields: { subject: string; centreId: string; regionId: string; payload: object } }>): Promise<string[]> {
    const factory = new EventFactory(source);
    const envelopes = events.map(({ contract, fields }) => factory.create(contract, fields));
    const topics = new Set(events.map(({ contract }) => contract.topic));
    if (topics.size !== 1) throw new Error(`one topic per chunk, not ${[...topics].join(', ')}`);
    await this.producer.send({ topic: [...topics][0]!, acks: -1, messages: envelopes.map(toKafkaRecord) });
    return envelopes.map((event) => event.id);
  }

  /** Sends an exact Kafka record again, as a redelivery would. */
  async republish<P extends object>(source: string, contract: EventContract<P>, fields: { subject: string; centreId: string; regionId: string; payload: P }, id: string): Promise<void> {
    const event = { ...new EventFactory(source).create(contract, fields), id };
    await this.send(contract.topic, toKafkaRecord(event));
  }

  async centre(name = `Vrijwilligerscentrale ${randomUUID().slice(0, 6)}`): Promise<Centre> {
    const centreId = randomUUID();
    const regionId = randomUUID();
    await this.publish('registrations', centreCreatedV1, {
      subject: centreId,
      centreId,
      regionId,
      payload: { centreId, regionId, name, municipalities: ['GM0344'], sharesVacanciesWithConsortium: true },
    });
    await this.until(`SELECT 1 FROM centre WHERE id = $1`, [centreId]);
    return { centreId, regionId, name };
  }

  /** Contact data as registrations publishes it on the restricted topic. */
  async contact(centre: Centre, volunteerId: string, change: { firstName?: string; lastName?: string; email?: string; preferredLanguage?: 'nl' | 'en'; phone?: string } = {}) {
    const payload = {
      volunteerId,
      centreId: centre.centreId,
      firstName: 'Zoë',
      lastName: 'de Vries',
      email: `${volunteerId}@example.org`,
      preferredLanguage: 'nl' as const,
      ...change,
    };
    await this.publish('registrations', volunteerContactChangedV1, { subject: volunteerId, centreId: centre.centreId, regionId: centre.regionId, payload });
    return payload;
  }

  registration(centre: Centre, volunteerId: string) {
    const payload: VolunteerRegisteredV1 = {
      ...(volunteerRegisteredV1.example as VolunteerRegisteredV1),
      volunteerId,
      centreId: centre.centreId,
      regionId: centre.regionId,
    };
    return { subject: volunteerId, centreId: centre.centreId, regionId: centre.regionId, payload };
  }

  /** A volunteer whose contact arrived and who registered; resolves once their welcome email is in. */
  async welcomedVolunteer(centre: Centre, change: Parameters<NotificationsTestApp['contact']>[2] = {}): Promise<{ volunteerId: string; email: string }> {
    const volunteerId = randomUUID();
    const { email } = await this.contact(centre, volunteerId, change);
    await this.publish('registrations', volunteerRegisteredV1, this.registration(centre, volunteerId));
    await this.mailsTo(email, 1);
    return { volunteerId, email };
  }

  async erase(centre: Centre, volunteerId: string): Promise<void> {
    await this.publish('registrations', volunteerErasedV1, this.erasure(centre, volunteerId));
  }

  erasure(centre: Centre, volunteerId: string) {
    return {
      subject: volunteerId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: { volunteerId, centreId: centre.centreId, regionId: centre.regionId, erasedAt: new Date().toISOString() },
    };
  }

  async contactTombstone(centre: Centre, volunteerId: string): Promise<void> {
    await this.producer.send({
      topic: volunteerContactChangedV1.topic,
      acks: -1,
      messages: [{ key: volunteerId, value: null, headers: { [CE.id]: randomUUID(), [CE.centreid]: centre.centreId, [CE.regionid]: centre.regionId, [TOMBSTONE_HEADER]: 'true' } }],
    });
  }

  /** Waits until `count` emails reached `address`, and returns them. */
  async mailsTo(address: string, count: number, timeoutMs = 20_000) {
    await eventually(() => {
      if (this.smtp.to(address).length < count) throw new Error(`${this.smtp.to(address).length} of ${count} emails to ${address} so far`);
    }, timeoutMs);
    return this.smtp.to(address);
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

  /** Every delivery of a person, finished or not. */
  deliveriesOf(volunteerId: string) {
    return this.sql(`SELECT channel, template, status, attempts, last_error, recipient FROM delivery WHERE volunteer_id = $1 ORDER BY channel, template`, [volunteerId]);
  }
}
