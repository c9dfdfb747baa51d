import 'reflect-metadata';
import { partnershipsCatalogue } from '@vc/contracts';
import { Pc4Centroids } from '@vc/geo';
import { createIdempotentProducer, createKafka, ensureTopics, OutboxRelay, topicSpecOf, type EventConsumer } from '@vc/messaging';
import {
  authOptionsFromConfig,
  createMetricsRegistry,
  createServiceApp,
  databaseReadinessCheck,
  kafkaReadinessCheck,
  type ServiceLogger,
  kafkaClientOptionsOf,
} from '@vc/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Admin, ITopicConfig } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createRegistrationsConsumer } from './consumers/registrations-events.consumer.js';
import { createAppDataSource, prepareDatabase } from './database/prepare-database.js';
import type { PartnershipsConfig } from './partnerships.config.js';

export interface RunningPartnerships {
  app: NestExpressApplication;
  dataSource: DataSource;
  relay: OutboxRelay;
  consumer: EventConsumer;
  /** Shutdown steps in order, for installGracefulShutdown (or a test's afterAll). */
  stopSteps: Array<{ name: string; run: () => Promise<void> }>;
}

/**
 * Right after a topic is created, a KRaft broker may answer metadata requests for it with
 * UNKNOWN_TOPIC_OR_PARTITION for a moment; KafkaJS retries only LEADER_NOT_AVAILABLE. Creating
 * topics again is harmless (existing ones are left alone), so a few short retries settle it.
 */
async function retryWhileTopicsSettle(work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const unsettled = (error as { type?: string }).type === 'UNKNOWN_TOPIC_OR_PARTITION';
      if (!unsettled || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

function ensureTopicsSettled(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  return retryWhileTopicsSettle(() => ensureTopics(admin, topics));
}

/** The PC4 table is read-only and some 4,000 rows: one copy per process. */
let centroids: Pc4Centroids | undefined;

/**
 * Everything `main.ts` starts, in one place, so integration tests run the real wiring: database
 * prepared (created, migrated, app role), topics ensured, outbox relay, consumer of registrations'
 * events, HTTP app with the kit (and the overdue-contact scheduler inside it).
 */
export async function startPartnerships(config: PartnershipsConfig, logger: ServiceLogger): Promise<RunningPartnerships> {
  await prepareDatabase(config.DATABASE_URL, config.DATABASE_APP_ROLE);
  const dataSource = await createAppDataSource(config.DATABASE_URL, config.DATABASE_APP_ROLE).initialize();

  const kafka = createKafka({ ...kafkaClientOptionsOf(config, 'partnerships'), logger });
  const admin = kafka.admin();
  await admin.connect();
  const registry = createMetricsRegistry('partnerships');
  const consumer = createRegistrationsConsumer({ kafka, dataSource, groupId: config.PARTNERSHIPS_CONSUMER_GROUP, logger, registry });
  // The producers create their topics when they start; partnerships may start first, so it makes sure of them too.
  // The restricted business contact topic is compacted (topicSpecOf): the latest record per business, a tombstone erases.
  const own = new Map(partnershipsCatalogue.all().map((contract) => [contract.topic, topicSpecOf(contract)]));
  await ensureTopicsSettled(admin, [...own.values(), ...consumer.topics().map((topic) => ({ topic, numPartitions: 6 }))]);
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const relay = new OutboxRelay({ dataSource, producer, logger, registry });
  await relay.start();

  await retryWhileTopicsSettle(() => consumer.start());

  centroids ??= Pc4Centroids.load();
  const app = await createServiceApp(
    AppModule.register({
      dataSource,
      logger,
      registry,
      config,
      centroids,
      readinessChecks: [databaseReadinessCheck(dataSource), kafkaReadinessCheck(admin)],
      auth: authOptionsFromConfig(config),
    }),
    { logger, openApi: { title: 'Partnerships', version: '1' } },
  );
  await app.listen(config.PORT, '0.0.0.0');

  return {
    app,
    dataSource,
    relay,
    consumer,
    stopSteps: [
      { name: 'http server', run: () => app.close() },
      { name: 'registrations consumer', run: () => consumer.stop() },
      { name: 'outbox relay', run: () => relay.stop() },
      { name: 'kafka producer', run: () => producer.disconnect() },
      { name: 'kafka admin', run: () => admin.disconnect() },
      { name: 'database', run: () => dataSource.destroy() },
    ],
  };
}
