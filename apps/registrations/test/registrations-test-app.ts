import { loadConfig, mintDevToken, type Principal, type Role } from '@vc/service-kit';
import {
  createTestDatabase,
  testBrokers,
  testKafka,
  testLogger,
  TopicProbe,
  type ReceivedRecord,
  type TestDatabase,
} from '@vc/testing';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { RegistrationsConfig } from '../src/registrations.config.js';
import { startRegistrations, type RunningRegistrations } from '../src/start-registrations.js';

export const TEST_JWT_SECRET = 'test-secret-for-registrations-integration-tests';

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
 * The real registrations service (same wiring as main.ts) on a database of its own, against the
 * test broker, plus what tests need around it: tokens, an HTTP client, a probe on its topics.
 */
export class RegistrationsTestApp {
  private constructor(
    readonly running: RunningRegistrations,
    readonly database: TestDatabase,
    readonly probe: TopicProbe,
  ) {}

  /** `env` overrides the service's variables, e.g. a low PUBLIC_RATE_LIMIT_PER_MINUTE. */
  static async start(env: Record<string, string> = {}): Promise<RegistrationsTestApp> {
    const database = await createTestDatabase('registrations');
    const config = loadConfig(RegistrationsConfig, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testBrokers().join(','),
      PORT: String(await freePort()),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      // Tests call public routes far more often than a person would.
      PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    });
    const running = await startRegistrations(config, testLogger('registrations'));
    const probe = await new TopicProbe(testKafka(), [
      'registrations.centre.v1',
      'registrations.organisation.v1',
      'registrations.vacancy.v1',
      'registrations.volunteer.v1',
      'registrations.volunteer-contact.v1',
      'registrations.organisation-contact.v1',
    ]).start();
    return new RegistrationsTestApp(running, database, probe);
  }

  async stop(): Promise<void> {
    await this.probe.stop();
    for (const step of this.running.stopSteps) await step.run();
    await this.database.drop();
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

  /** Records published about one aggregate (its id is the key), so runs don't see each other. */
  async eventsAbout(subject: string, count: number, timeoutMs = 20_000): Promise<ReceivedRecord[]> {
    const records = await this.probe.waitFor((all) => all.filter((r) => r.key === subject).length >= count, timeoutMs);
    return records.filter((r) => r.key === subject);
  }
}
