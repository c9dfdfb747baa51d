import 'reflect-metadata';
import { PUBLIC_EVENT_CONTRACTS } from '@vc/contracts';
import { createKafka, deadLetterTopic, ensureTopics, type EventConsumer } from '@vc/messaging';
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
import { createNotificationsConsumer } from './consumers/notifications-consumer.js';
import { createAppDataSource, prepareDatabase } from './database/prepare-database.js';
import { Dispatcher } from './delivery/dispatcher.js';
import { SmtpEmailSender, type EmailSender } from './delivery/email-sender.js';
import type { NotificationsConfig } from './notifications.config.js';
import { Templates } from './templates/templates.js';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-token.js';
import { AppreciationScheduler } from './appreciation/appreciation.scheduler.js';
import { SuggestionsDigestScheduler } from './suggestions-digest/suggestions-digest.scheduler.js';
import { AnniversaryScheduler } from './anniversaries/anniversary.scheduler.js';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher.js';
import { HttpSmsSender } from './sms/sms-sender.js';

export interface RunningNotifications {
  app: NestExpressApplication;
  dataSource: DataSource;
  consumer: EventConsumer;
  dispatcher: Dispatcher;
  webhooks: WebhookDispatcher;
  appreciation: AppreciationScheduler;
  suggestionsDigest: SuggestionsDigestScheduler;
  anniversaries: AnniversaryScheduler;
  /** Shutdown steps in order, for installGracefulShutdown (or a test's afterAll). */
  stopSteps: Array<{ name: string; run: () => Promise<void> }>;
}

const PUBLIC_TOPICS = new Set(PUBLIC_EVENT_CONTRACTS.map((contract) => contract.topic));

/**
 * Everything `main.ts` starts, in one place, so integration tests run the real wiring. Templates
 * are checked first: a template with an unknown variable stops the start before anything else.
 * Notifications publishes no events, so there is no outbox relay.
 */
export async function startNotifications(config: NotificationsConfig, logger: ServiceLogger): Promise<RunningNotifications> {
  const templates = Templates.fromFile(config.TEMPLATE_OVERRIDES_FILE);
  await prepareDatabase(config.DATABASE_URL, config.DATABASE_APP_ROLE);
  const dataSource = await createAppDataSource(config.DATABASE_URL, config.DATABASE_APP_ROLE, config.DATABASE_POOL_SIZE).initialize();

  const kafka = createKafka({ ...kafkaClientOptionsOf(config, 'notifications'), logger });
  const admin = kafka.admin();
  await admin.connect();
  const registry = createMetricsRegistry('notifications');
  const tokens = new UnsubscribeTokens(config.UNSUBSCRIBE_SECRET);
  const email: EmailSender = new SmtpEmailSender({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE === 'true',
    user: config.SMTP_USER,
    password: config.SMTP_PASSWORD,
    maxConnections: config.SMTP_MAX_CONNECTIONS,
  });
  const dispatcher = new Dispatcher({
    dataSource,
    email,
    sms: config.SMS_PROVIDER_URL ? new HttpSmsSender({ url: config.SMS_PROVIDER_URL, token: config.SMS_PROVIDER_TOKEN ?? '', sender: config.SMS_SENDER }) : undefined,
    smsMaxSegments: config.SMS_MAX_SEGMENTS,
    templates,
    tokens,
    logger,
    defaultFrom: config.EMAIL_FROM,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    maxAttempts: config.DELIVERY_MAX_ATTEMPTS,
    retry: { initialMs: config.DELIVERY_RETRY_INITIAL_MS, maxMs: config.DELIVERY_RETRY_MAX_MS },
    intervalMs: config.DISPATCH_INTERVAL_MS,
  });
  const allowPrivateTargets = config.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true';
  const webhooks = new WebhookDispatcher({
    dataSource,
    logger,
    allowPrivateTargets,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    retry: { initialMs: config.WEBHOOK_RETRY_INITIAL_MS, maxMs: config.WEBHOOK_RETRY_MAX_MS },
    disableAfterFailures: config.WEBHOOK_DISABLE_AFTER_FAILURES,
    disableAfterMs: config.WEBHOOK_DISABLE_AFTER_MS,
    intervalMs: config.DISPATCH_INTERVAL_MS,
  });
  const consumer = createNotificationsConsumer({
    kafka,
    dataSource,
    groupId: config.NOTIFICATIONS_CONSUMER_GROUP,
    logger,
    registry,
    onHandled: () => {
      dispatcher.wake();
      webhooks.wake();
    },
  });
  // The topics we consume (so the consumer can subscribe before their producers ever ran), and its dead-letter topics.
  await ensureTopicsPatiently(admin, [
    ...consumer.topics().map((topic) => ({
      topic,
      numPartitions: 6,
      // Every restricted (contact) topic is compacted, as its producer creates it: a tombstone erases the key.
      configEntries: PUBLIC_TOPICS.has(topic) ? [] : [{ name: 'cleanup.policy', value: 'compact' }],
    })),
    ...consumer.topics().map((topic) => ({ topic: deadLetterTopic(topic, config.NOTIFICATIONS_CONSUMER_GROUP), numPartitions: 1 })),
  ]);
  await consumer.start();
  dispatcher.start();
  webhooks.start();
  const appreciation = new AppreciationScheduler({ dataSource, logger, intervalMs: config.APPRECIATION_INTERVAL_MS, onQueued: () => dispatcher.wake() });
  appreciation.start();
  const suggestionsDigest = new SuggestionsDigestScheduler({ dataSource, logger, intervalMs: config.SUGGESTION_DIGEST_INTERVAL_MS, onQueued: () => dispatcher.wake() });
  suggestionsDigest.start();
  const anniversaries = new AnniversaryScheduler({ dataSource, logger, intervalMs: config.ANNIVERSARY_INTERVAL_MS, onQueued: () => dispatcher.wake() });
  anniversaries.start();

  const app = await createServiceApp(
    AppModule.register({
      dataSource,
      logger,
      registry,
      tokens,
      readinessChecks: [databaseReadinessCheck(dataSource), kafkaReadinessCheck(admin)],
      auth: authOptionsFromConfig(config),
      webhooks: { allowPrivateTargets, rotationOverlapMs: config.WEBHOOK_ROTATION_OVERLAP_MS },
    }),
    { logger, openApi: { title: 'Notifications', version: '1' } },
  );
  await app.listen(config.PORT, '0.0.0.0');

  return {
    app,
    dataSource,
    consumer,
    dispatcher,
    webhooks,
    appreciation,
    suggestionsDigest,
    anniversaries,
    stopSteps: [
      { name: 'http server', run: () => app.close() },
      { name: 'consumer', run: () => consumer.stop() },
      { name: 'appreciation scheduler', run: () => appreciation.stop() },
      { name: 'suggestions digest scheduler', run: () => suggestionsDigest.stop() },
      { name: 'anniversary scheduler', run: () => anniversaries.stop() },
      { name: 'dispatcher', run: () => dispatcher.stop() },
      { name: 'webhook dispatcher', run: () => webhooks.stop() },
      { name: 'smtp pool', run: async () => email.close() },
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
