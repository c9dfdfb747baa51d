import 'reflect-metadata';
import { OutboxRelay } from '@vc/messaging';
import { type ServiceLogger } from '@vc/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import type { RegistrationsConfig } from './registrations.config.js';
export interface RunningRegistrations {
    app: NestExpressApplication;
    dataSource: DataSource;
    relay: OutboxRelay;
    /** Shutdown steps in order, for installGracefulShutdown (or a test's afterAll). */
    stopSteps: Array<{
        name: string;
        run: () => Promise<void>;
    }>;
}
/**
 * Everything `main.ts` starts, in one place, so integration tests run the real wiring: database
 * prepared (created, migrated, app role), topics ensured, outbox relay, HTTP app with the kit.
 */
export declare function startRegistrations(config: RegistrationsConfig, logger: ServiceLogger): Promise<RunningRegistrations>;
//# sourceMappingURL=start-registrations.d.ts.map