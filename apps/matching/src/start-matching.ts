import 'reflect-metadata';
import { matchingCatalogue, registrationsTopics } from '@vc/contracts';
import { createIdempotentProducer, createKafka, deadLetterTopic, ensureTopics, Outbox, OutboxRelay, topicSpecOf, type EventConsumer } from '@vc/messaging';
import type { Admin, ITopicConfig } from 'kafkajs';
import {
  authOptionsFromConfig,
  createMetricsRegistry,
  createServiceApp,
  databaseReadinessCheck,
  kafkaReadinessCheck,
  type ServiceLogger,
  kafkaClientOptionsOf,
  PeriodicJob,
} from '@vc/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createAppDataSource, prepareDatabase } from './database/prepare-database.js';
import { regionOwnershipOf, weightsOf, type MatchingConfig } from './matching.config.js';
import { createRegistrationsConsumers } from './read-models/registrations-consumers.js';
import { registrationsEventListeners } from './read-models/registrations-listeners.js';
import { pruneIntervalMs } from './suggestions/change-feed/change-feed-cursor.js';
import { pruneChangeLog } from './suggestions/change-feed/prune-change-log.js';
import { SuggestionIndexFeed } from './suggestions/change-feed/suggestion-index-feed.js';
import { SuggestionIndex } from './suggestions/suggestion-index.js';
import { Pc4Centroids } from '@vc/geo';

export interface RunningMatching {
  app: NestExpressApplication;
  dataSource: DataSource;
  relay: OutboxRelay;
  consumers: { regional: EventConsumer; centres: EventConsumer };
  index: SuggestionIndex;
  feed: SuggestionIndexFeed;
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
  // Its own topics as the contracts say (the restricted MaS sign-off topic compacted, like Strimzi's), the consumed ones plain.
  const own = new Map(matchingCatalogue.all().map((contract) => [contract.topic, topicSpecOf(contract)]));
  await ensureTopicsPatiently(admin, [...CONSUMED_TOPICS.map((topic) => ({ topic, numPartitions: 6 })), ...own.values()]);
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const registry = createMetricsRegistry('matching');
  const relay = new OutboxRelay({ dataSource, producer, logger, registry });
  await relay.start();

  // Every replica's index follows the change feed (ADR 13): loaded from the tables with the feed's
  // cursor, then caught up before it serves, whichever replica writes.
  const index = new SuggestionIndex(Pc4Centroids.load(), weightsOf(config));
  const feed = new SuggestionIndexFeed({
    dataSource,
    databaseUrl: config.DATABASE_URL,
    index,
    logger,
    registry,
    pollIntervalMs: config.MATCHING_CHANGE_FEED_POLL_MS,
  });
  await feed.start();
  const pruning = new PeriodicJob({
    intervalMs: pruneIntervalMs(config.MATCHING_CHANGE_FEED_RETENTION_MS),
    logger,
    done: 'change feed pruned',
    failed: 'change feed pruning failed',
    work: () => pruneChangeLog(dataSource, config.MATCHING_CHANGE_FEED_RETENTION_MS),
  });
  pruning.start();

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
    // The feed would be woken by NOTIFY anyway; this saves the writer the round trip.
    onChange: () => feed.wake(),
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
    feed,
    stopSteps: [
      { name: 'http server', run: () => app.close() },
      { name: 'registrations consumer', run: () => consumers.regional.stop() },
      { name: 'centres consumer', run: () => consumers.centres.stop() },
      { name: 'change feed', run: () => feed.stop() },
      { name: 'change feed pruning', run: () => pruning.stop() },
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
