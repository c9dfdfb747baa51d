import { type DynamicModule } from '@nestjs/common';
import { type AuthOptions, type ReadinessCheck, type ServiceLogger } from '@vc/service-kit';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { RegistrationsConfig } from './registrations.config.js';
export interface RegistrationsAppDependencies {
    config: RegistrationsConfig;
    dataSource: DataSource;
    logger: ServiceLogger;
    registry: Registry;
    readinessChecks: ReadinessCheck[];
    auth: AuthOptions;
    publicRateLimit: {
        limit: number;
        ttlMs: number;
    };
}
export declare class AppModule {
    static register(dependencies: RegistrationsAppDependencies): DynamicModule;
}
//# sourceMappingURL=app.module.d.ts.map