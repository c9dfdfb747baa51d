import 'reflect-metadata';
import { trainingCatalogue } from '@vc/contracts';
import { createIdempotentProducer, createKafka, deadLetterTopic, ensureTopics, EventFactory, Outbox, OutboxRelay, type EventConsumer } from '@vc/messaging';
import type { Admin, ITopicConfig } from 'kafkajs';
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
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createTrainingConsumer } from './consumers/training-consumer.js';
import { createAppDataSource, prepareDatabase } from './database/prepare-database.js';
import { TrainingEventPublisher } from './events/training-event-publisher.js';
import type { TrainingConfig } from './training.config.js';

export interface RunningTraining {
  app: NestExpressApplication;
  dataSource: DataSource;
  relay: OutboxRelay;
  consumer: EventConsumer;
  /** Shutdown steps in order, for installGracefulShutdown (or a test's afterAll). */
  stopSteps: Array<{ name: string; run: () => Promise<void> }>;
}

/**
 * Everything `main.ts` starts, in one place, so integration tests run the real wiring: database
 * prepared (created, migrated, app role), topics ensured, outbox relay, consumer, HTTP app.
 */
export async function startTraining(config: TrainingConfig, logger: ServiceLogger): Promise<RunningTraining> {
  await prepareDatabase(config.DATABASE_URL, config.DATABASE_APP_ROLE);
  const dataSource = await createAppDataSource(config.DATABASE_URL, config.DATABASE_APP_ROLE, config.DATABASE_POOL_SIZE).initialize();

  const kafka = createKafka({ ...kafkaClientOptionsOf(config, 'training'), logger });
  const admin = kafka.admin();
  await admin.connect();
  const outbox = new Outbox(trainingCatalogue);
  const publisher = new TrainingEventPublisher(outbox, new EventFactory('training'));
  const registry = createMetricsRegistry('training');
  const consumer = createTrainingConsumer({ kafka, dataSource, groupId: config.TRAINING_CONSUMER_GROUP, logger, registry, outbox, publisher });
  // Our own topics, and those we consume (so the consumer can subscribe before their producers ever ran).
  // The consumer's dead-letter topics too, so its own start finds them in place.
  await ensureTopicsPatiently(admin, [
    ...trainingCatalogue.topics().map((topic) => ({ topic, numPartitions: 6 })),
    ...consumer.topics().map((topic) => ({
      topic,
      numPartitions: 6,
      configEntries: topic === 'registrations.volunteer-contact.v1' ? [{ name: 'cleanup.policy', value: 'compact' }] : [],
    })),
    ...consumer.topics().map((topic) => ({ topic: deadLetterTopic(topic, config.TRAINING_CONSUMER_GROUP), numPartitions: 1 })),
  ]);
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const relay = new OutboxRelay({ dataSource, producer, logger, registry });
  await relay.start();
  await consumer.start();

  const app = await createServiceApp(
    AppModule.register({
      dataSource,
      outbox,
      logger,
      registry,
      readinessChecks: [databaseReadinessCheck(dataSource), kafkaReadinessCheck(admin)],
      auth: authOptionsFromConfig(config),
      publicRateLimit: { limit: config.PUBLIC_RATE_LIMIT_PER_MINUTE, ttlMs: 60_000 },
    }),
    { logger, openApi: { title: 'Training', version: '1' } },
  );
  await app.listen(config.PORT, '0.0.0.0');

  return {
    app,
    dataSource,
    relay,
    consumer,
    stopSteps: [
      { name: 'http server', run: () => app.close() },
      { name: 'consumer', run: () => consumer.stop() },
      { name: 'outbox relay', run: () => relay.stop() },
      { name: 'kafka producer', run: () => producer.disconnect() },
      { name: 'kafka admin', run: () => admin.disconnect() },
      { name: 'database', run: () => dataSource.destroy() },
    ],
  };
}

/**
 * Right after creating topics, a KRaft broker may briefly answer their metadata with "does not host
 * this topic-partition", which KafkaJS does not retry; the topics exist by then, so asking again
 * (up to a few times) settles it.
 */
async function ensureTopicsPatiently(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureTopics(admin, topics);
      return;
    } catch (error) {
      if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
