import 'reflect-metadata';
import { matchingCatalogue, registrationsTopics } from '@vc/contracts';
import { createIdempotentProducer, createKafka, deadLetterTopic, ensureTopics, Outbox, OutboxRelay, type EventConsumer } from '@vc/messaging';
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
import { createAppDataSource, prepareDatabase } from './database/prepare-database.js';
import { regionOwnershipOf, weightsOf, type MatchingConfig } from './matching.config.js';
import { createRegistrationsConsumers } from './read-models/registrations-consumers.js';
import { registrationsEventListeners } from './read-models/registrations-listeners.js';
import { loadSuggestionIndex } from './suggestions/load-suggestion-index.js';
import { SuggestionIndex } from './suggestions/suggestion-index.js';
import { Pc4Centroids } from '@vc/geo';

export interface RunningMatching {
  app: NestExpressApplication;
  dataSource: DataSource;
  relay: OutboxRelay;
  consumers: { regional: EventConsumer; centres: EventConsumer };
  index: SuggestionIndex;
  /** Shutdown steps in order, for installGracefulShutdown (or a test's afterAll). */
  stopSteps: Array<{ name: string; run: () => Promise<void> }>;
}

/** Registrations' public topics matching reads; created here too so matching can start first. */
const CONSUMED_TOPICS = [registrationsTopics.centre, registrationsTopics.organisation, registrationsTopics.vacancy, registrationsTopics.volunteer];

/**
 * Everything `main.ts` starts, in one place, so integration tests run the real wiring: database
 * prepared (created, migrated, app role), topics ensured, outbox relay, consumers of
 * registrations' events, HTTP app with the kit.
 */
export async function startMatching(config: MatchingConfig, logger: ServiceLogger): Promise<RunningMatching> {
  await prepareDatabase(config.DATABASE_URL, config.DATABASE_APP_ROLE);
  const dataSource = await createAppDataSource(config.DATABASE_URL, config.DATABASE_APP_ROLE).initialize();

  const kafka = createKafka({ ...kafkaClientOptionsOf(config, 'matching'), logger });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopicsPatiently(admin, [...CONSUMED_TOPICS, ...matchingCatalogue.topics()].map((topic) => ({ topic, numPartitions: 6 })));
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const registry = createMetricsRegistry('matching');
  const relay = new OutboxRelay({ dataSource, producer, logger, registry });
  await relay.start();

  // Loaded before the consumers start: what they apply afterwards lands on the committed state.
  const index = new SuggestionIndex(Pc4Centroids.load(), weightsOf(config));
  await loadSuggestionIndex(dataSource, index);

  const consumers = createRegistrationsConsumers({
    kafka,
    dataSource,
    logger,
    registry,
    outbox: new Outbox(matchingCatalogue),
    groupId: config.MATCHING_CONSUMER_GROUP,
    ownership: regionOwnershipOf(config),
    concurrency: config.MATCHING_CONSUMER_CONCURRENCY,
    listeners: registrationsEventListeners,
    onChange: (change) => index.apply(change),
  });
  const groups = [config.MATCHING_CONSUMER_GROUP, `${config.MATCHING_CONSUMER_GROUP}.centres`];
  await ensureTopicsPatiently(
    admin,
    groups.flatMap((group) => CONSUMED_TOPICS.map((topic) => ({ topic: deadLetterTopic(topic, group), numPartitions: 1 }))),
  );
  await consumers.centres.start();
  await consumers.regional.start();

  const app = await createServiceApp(
    AppModule.register({
      dataSource,
      config,
      logger,
      registry,
      readinessChecks: [databaseReadinessCheck(dataSource), kafkaReadinessCheck(admin)],
      auth: authOptionsFromConfig(config),
      providers: [{ provide: SuggestionIndex, useValue: index }],
    }),
    { logger, openApi: { title: 'Matching', version: '1' } },
  );
  await app.listen(config.PORT, '0.0.0.0');

  return {
    app,
    dataSource,
    relay,
    consumers,
    index,
    stopSteps: [
      { name: 'http server', run: () => app.close() },
      { name: 'registrations consumer', run: () => consumers.regional.stop() },
      { name: 'centres consumer', run: () => consumers.centres.stop() },
      { name: 'outbox relay', run: () => relay.stop() },
      { name: 'kafka producer', run: () => producer.disconnect() },
      { name: 'kafka admin', run: () => admin.disconnect() },
      { name: 'database', run: () => dataSource.destroy() },
    ],
  };
}

/**
 * A broker may not yet serve the metadata of topics it has just created (UNKNOWN_TOPIC_OR_PARTITION
 * while waiting for leaders); the topics exist, so ask again rather than fail the start.
 */
async function ensureTopicsPatiently(admin: Admin, topics: ITopicConfig[], attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureTopics(admin, topics);
      return;
    } catch (error) {
      if (attempt >= attempts || (error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}
