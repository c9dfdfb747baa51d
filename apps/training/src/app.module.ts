import { Module, type DynamicModule } from '@nestjs/common';
import type { Outbox } from '@vc/messaging';
import { ServiceKitModule, type AuthOptions, type ReadinessCheck, type ServiceLogger } from '@vc/service-kit';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { CentresModule } from './centres/centres.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { CoursesModule } from './courses/courses.module.js';
import { EnrolmentsModule } from './enrolments/enrolments.module.js';
import { FiguresModule } from './figures/figures.module.js';
import { KnowledgeModule } from './knowledge/knowledge.module.js';
import { RecommendationsModule } from './recommendations/recommendations.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { TrainingInfrastructureModule } from './training-infrastructure.module.js';

export interface TrainingAppDependencies {
  dataSource: DataSource;
  outbox: Outbox;
  logger: ServiceLogger;
  registry: Registry;
  readinessChecks: ReadinessCheck[];
  auth: AuthOptions;
  publicRateLimit: { limit: number; ttlMs: number };
}

@Module({})
export class AppModule {
  static register(dependencies: TrainingAppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'training',
          logger: dependencies.logger,
          registry: dependencies.registry,
          readinessChecks: dependencies.readinessChecks,
          auth: dependencies.auth,
          idempotency: { dataSource: dependencies.dataSource },
          publicRateLimit: dependencies.publicRateLimit,
        }),
        TrainingInfrastructureModule.register(dependencies.dataSource, dependencies.outbox),
        CentresModule,
        CoursesModule,
        SessionsModule,
        EnrolmentsModule,
        CertificatesModule,
        KnowledgeModule,
        FiguresModule,
        RecommendationsModule,
      ],
    };
  }
}
