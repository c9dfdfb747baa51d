import { type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegistrationsConfig } from './registrations.config.js';
/** The service's configuration, database and outbox, injectable by type in every module. */
export declare class RegistrationsInfrastructureModule {
    static register(dataSource: DataSource, config: RegistrationsConfig): DynamicModule;
}
//# sourceMappingURL=registrations-infrastructure.module.d.ts.map