import { type Principal, type Role } from '@vc/service-kit';
import { TopicProbe, type ReceivedRecord, type TestDatabase } from '@vc/testing';
import type TestAgent from 'supertest/lib/agent.js';
import { type RunningRegistrations } from '../src/start-registrations.js';
export declare const TEST_JWT_SECRET = "test-secret-for-registrations-integration-tests";
/**
 * The real registrations service (same wiring as main.ts) on a database of its own, against the
 * test broker, plus what tests need around it: tokens, an HTTP client, a probe on its topics.
 */
export declare class RegistrationsTestApp {
    readonly running: RunningRegistrations;
    readonly database: TestDatabase;
    readonly probe: TopicProbe;
    private constructor();
    /** `env` overrides the service's variables, e.g. a low PUBLIC_RATE_LIMIT_PER_MINUTE. */
    static start(env?: Record<string, string>): Promise<RegistrationsTestApp>;
    stop(): Promise<void>;
    http(): TestAgent;
    token(role: Role, claims?: Partial<Omit<Principal, 'roles'>>): Promise<string>;
    /** Records published about one aggregate (its id is the key), so runs don't see each other. */
    eventsAbout(subject: string, count: number, timeoutMs?: number): Promise<ReceivedRecord[]>;
}
//# sourceMappingURL=registrations-test-app.d.ts.map