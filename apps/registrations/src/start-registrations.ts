import 'reflect-metadata';
import { registrationsCatalogue } from '@vc/contracts';
import { createIdempotentProducer, createKafka, ensureTopics, OutboxRelay, topicSpecOf } from '@vc/messaging';
import {
  createMetricsRegistry,
  authOptionsFromConfig,
  createServiceApp,
  databaseReadinessCheck,
  kafkaReadinessCheck,
  type ServiceLogger,
  kafkaClientOptionsOf,
} from '@vc/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createAppDataSource, prepareDatabase } from './database/prepare-database.js';
import type { RegistrationsConfig } from './registrations.config.js';

export interface RunningRegistrations {
  app: NestExpressApplication;
  dataSource: DataSource;
  relay: OutboxRelay;
  /** Shutdown steps in order, for installGracefulShutdown (or a test's afterAll). */
  stopSteps: Array<{ name: string; run: () => Promise<void> }>;
}

/**
 * Everything `main.ts` starts, in one place, so integration tests run the real wiring: database
 * prepared (created, migrated, app role), topics ensured, outbox relay, HTTP app with the kit.
 */
export async function startRegistrations(config: RegistrationsConfig, logger: ServiceLogger): Promise<RunningRegistrations> {
  await prepareDatabase(config.DATABASE_URL, config.DATABASE_APP_ROLE);
  const dataSource = await createAppDataSource(config.DATABASE_URL, config.DATABASE_APP_ROLE).initialize();

  const kafka = createKafka({ ...kafkaClientOptionsOf(config, 'registrations'), logger });
  const admin = kafka.admin();
  await admin.connect();
  // As the contracts say (topicSpecOf): the restricted contact topics (volunteers', organisations')
  // compacted, the latest record per key, a tombstone erases.
  await ensureTopics(admin, [...new Map(registrationsCatalogue.all().map((contract) => [contract.topic, topicSpecOf(contract)])).values()]);
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const registry = createMetricsRegistry('registrations');
  const relay = new OutboxRelay({ dataSource, producer, logger, registry });
  await relay.start();

  const app = await createServiceApp(
    AppModule.register({
      config,
      dataSource,
      logger,
      registry,
      readinessChecks: [databaseReadinessCheck(dataSource), kafkaReadinessCheck(admin)],
      auth: authOptionsFromConfig(config),
      publicRateLimit: { limit: config.PUBLIC_RATE_LIMIT_PER_MINUTE, ttlMs: 60_000 },
    }),
    { logger, openApi: { title: 'Registrations', version: '1' } },
  );
  await app.listen(config.PORT, '0.0.0.0');

  return {
    app,
    dataSource,
    relay,
    stopSteps: [
      { name: 'http server', run: () => app.close() },
      { name: 'outbox relay', run: () => relay.stop() },
      { name: 'kafka producer', run: () => producer.disconnect() },
      { name: 'kafka admin', run: () => admin.disconnect() },
      { name: 'database', run: () => dataSource.destroy() },
    ],
  };
}
