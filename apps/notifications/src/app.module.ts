import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceKitModule, type AuthOptions, type ReadinessCheck, type ServiceLogger } from '@vc/service-kit';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EmailSettingsHttpController } from './centres/email-settings.http.controller.js';
import { DeliveriesHttpController } from './delivery/deliveries.http.controller.js';
import { InboxHttpController } from './inbox/inbox.http.controller.js';
import { NotificationsInfrastructureModule } from './notifications-infrastructure.module.js';
import { PreferencesHttpController } from './preferences/preferences.http.controller.js';
import type { UnsubscribeTokens } from './unsubscribe/unsubscribe-token.js';
import { UnsubscribeHttpController } from './unsubscribe/unsubscribe.http.controller.js';
import { WEBHOOK_SETTINGS, WebhooksHttpController, type WebhookSettings } from './webhooks/webhooks.http.controller.js';

export interface NotificationsAppDependencies {
  dataSource: DataSource;
  logger: ServiceLogger;
  registry: Registry;
  tokens: UnsubscribeTokens;
  readinessChecks: ReadinessCheck[];
  auth: AuthOptions;
  webhooks: WebhookSettings;
}


@Module({})
export class AppModule {
  static register(dependencies: NotificationsAppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'notifications',
          logger: dependencies.logger,
          registry: dependencies.registry,
          readinessChecks: dependencies.readinessChecks,
          auth: dependencies.auth,
          idempotency: { dataSource: dependencies.dataSource },
        }),
        NotificationsInfrastructureModule.register(dependencies.dataSource, dependencies.tokens),
      ],
      controllers: [InboxHttpController, PreferencesHttpController, UnsubscribeHttpController, DeliveriesHttpController, WebhooksHttpController, EmailSettingsHttpController],
      providers: [{ provide: WEBHOOK_SETTINGS, useValue: dependencies.webhooks }],
    };
  }
}
