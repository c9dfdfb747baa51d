import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { ServiceKitModule, type AuthOptions, type ReadinessCheck, type ServiceLogger } from '@vc/service-kit';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { MatchingConfig } from './matching.config.js';
import { MatchingInfrastructureModule } from './matching-infrastructure.module.js';
import { SuggestionsModule } from './suggestions/suggestions.module.js';
import { MatchesModule } from './matches/matches.module.js';
import { MediationModule } from './mediation/mediation.module.js';
import { PlacementsModule } from './placements/placements.module.js';

export interface MatchingAppDependencies {
  dataSource: DataSource;
  config: MatchingConfig;
  logger: ServiceLogger;
  registry: Registry;
  readinessChecks: ReadinessCheck[];
  auth: AuthOptions;
  /** Objects start-matching built before the HTTP app (e.g. the suggestion index), made injectable. */
  providers?: Provider[];
}

@Module({})
export class AppModule {
  static register(dependencies: MatchingAppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'matching',
          logger: dependencies.logger,
          registry: dependencies.registry,
          readinessChecks: dependencies.readinessChecks,
          auth: dependencies.auth,
          idempotency: { dataSource: dependencies.dataSource },
        }),
        MatchingInfrastructureModule.register(dependencies.dataSource, dependencies.config, dependencies.providers),
        // Feature modules, one line each.
        SuggestionsModule,
        MatchesModule,
        MediationModule,
        PlacementsModule,
      ],
    };
  }
}
