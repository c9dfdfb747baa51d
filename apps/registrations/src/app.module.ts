import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceKitModule, type AuthOptions, type ReadinessCheck, type ServiceLogger } from '@vc/service-kit';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { RegistrationsConfig } from './registrations.config.js';
import { CentresModule } from './centres/centres.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { VacanciesModule } from './vacancies/vacancies.module.js';
import { VolunteersModule } from './volunteers/volunteers.module.js';
import { RegistrationsInfrastructureModule } from './registrations-infrastructure.module.js';

export interface RegistrationsAppDependencies {
  config: RegistrationsConfig;
  dataSource: DataSource;
  logger: ServiceLogger;
  registry: Registry;
  readinessChecks: ReadinessCheck[];
  auth: AuthOptions;
  publicRateLimit: { limit: number; ttlMs: number };
}

@Module({})
export class AppModule {
  static register(dependencies: RegistrationsAppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'registrations',
          logger: dependencies.logger,
          registry: dependencies.registry,
          readinessChecks: dependencies.readinessChecks,
          auth: dependencies.auth,
          idempotency: { dataSource: dependencies.dataSource },
          publicRateLimit: dependencies.publicRateLimit,
        }),
        RegistrationsInfrastructureModule.register(dependencies.dataSource, dependencies.config),
        CentresModule,
        VolunteersModule,
        OrganisationsModule,
        VacanciesModule,
      ],
    };
  }
}
