import { Module, type DynamicModule } from '@nestjs/common';
import type { Pc4Centroids } from '@vc/geo';
import { ServiceKitModule, type AuthOptions, type ReadinessCheck, type ServiceLogger } from '@vc/service-kit';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { BeursvloerenModule } from './beursvloeren/beursvloeren.module.js';
import { BusinessesModule } from './businesses/businesses.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { DealsModule } from './deals/deals.module.js';
import { NeedsModule } from './needs/needs.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import type { PartnershipsConfig } from './partnerships.config.js';
import { PartnershipsInfrastructureModule } from './partnerships-infrastructure.module.js';
import { ResultsModule } from './results/results.module.js';
import { SuggestionsModule } from './suggestions/suggestions.module.js';

export interface PartnershipsAppDependencies {
  dataSource: DataSource;
  logger: ServiceLogger;
  registry: Registry;
  config: PartnershipsConfig;
  centroids: Pc4Centroids;
  readinessChecks: ReadinessCheck[];
  auth: AuthOptions;
}

@Module({})
export class AppModule {
  static register(dependencies: PartnershipsAppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'partnerships',
          logger: dependencies.logger,
          registry: dependencies.registry,
          readinessChecks: dependencies.readinessChecks,
          auth: dependencies.auth,
          idempotency: { dataSource: dependencies.dataSource },
        }),
        PartnershipsInfrastructureModule.register(dependencies.dataSource, dependencies.config, dependencies.centroids),
        BusinessesModule,
        OrganisationsModule,
        NeedsModule,
        DealsModule,
        BeursvloerenModule,
        SuggestionsModule,
        CampaignsModule,
        ResultsModule,
      ],
    };
  }
}
