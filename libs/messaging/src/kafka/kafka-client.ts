import { Kafka, logLevel, Partitioners, type Admin, type ITopicConfig, type KafkaConfig, type LogEntry, type Producer, type SASLOptions } from 'kafkajs';
import type { Logger } from 'pino';
import type { EventContract } from '@vc/contracts';

export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  logger: Logger;
  /** KafkaJS retry settings; the default retries for about half a minute. */
  retry?: { initialRetryTime?: number; retries?: number };
  /** How to reach a cluster that requires TLS and/or SASL; absent means plaintext, no authentication. */
  security?: KafkaSecurity;
}

/**
 * TLS and SASL for a secured listener, such as Strimzi's `tls` listener with `scram-sha-512`
 * authentication. `ca` is the PEM of the cluster's CA when it is not one the system trusts.
 */
export interface KafkaSecurity {
  tls: boolean;
  ca?: string;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
}

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A KafkaJS client whose own log lines go through the service's JSON logger. */
export function createKafka({ clientId, brokers, logger, retry, security }: KafkaClientOptions): Kafka {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId,
    brokers,
    ...securityConfig(security),
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 8, ...retry },
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...rest } = log;
        kafkaLogger[LEVELS[level] ?? 'info'](rest, message);
      },
  });
}

function securityConfig(security: KafkaSecurity | undefined): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  if (!security) return {};
  const ssl = security.tls ? (security.ca ? { ca: [security.ca] } : true) : false;
  if (!security.sasl) return { ssl };
  const { mechanism, username, password } = security.sasl;
  // KafkaJS types each mechanism's options separately, hence one branch per mechanism.
  const sasl: SASLOptions =
    mechanism === 'plain'
      ? { mechanism, username, password }
      : mechanism === 'scram-sha-256'
        ? { mechanism, username, password }
        : { mechanism, username, password };
  return { ssl, sasl };
}

/**
 * Idempotent producer: the broker drops retried duplicates and keeps order per partition, which
 * needs acks from all in-sync replicas and one request in flight. The Java-compatible partitioner
 * puts a key on the same partition as Java and Go clients do.
 */
export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

/** Creates the topics that don't exist yet; existing ones are left as they are. */
/** Partitions of every platform topic: the ceiling for consumers of one group sharing the work. */
export const PLATFORM_TOPIC_PARTITIONS = 6;

/**
 * How a contract's topic is created, by whichever service gets there first (its producer, or a
 * consumer that starts before it): restricted topics are compacted, so a tombstone erases a person.
 */
export function topicSpecOf(contract: Pick<EventContract, 'topic' | 'privacy'>): ITopicConfig {
  return {
    topic: contract.topic,
    numPartitions: PLATFORM_TOPIC_PARTITIONS,
    configEntries: contract.privacy === 'restricted' ? [{ name: 'cleanup.policy', value: 'compact' }] : [],
  };
}

export async function ensureTopics(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t.topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({ topics: missing, waitForLeaders: true });
  } catch (error) {
    const type = (error as { type?: string }).type;
    // Another replica (or another service) may have created them between listTopics and
    // createTopics; its leaders may not be elected yet, and subscribing before they are fails.
    if (type === 'TOPIC_ALREADY_EXISTS') {
      await waitForLeaders(admin, missing.map((t) => t.topic));
      return;
    }
    // KafkaJS gives up when the broker answers its leader check before it knows a topic it just
    // created (more likely the more topics are created at once); the topics exist, so keep waiting.
    if (type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
    await waitForLeaders(admin, missing.map((t) => t.topic));
  }
}

/**
 * Runs `work` again while it fails with an error KafkaJS marks retriable, for up to `timeoutMs`.
 * For start-up steps KafkaJS does not retry itself, such as a consumer's subscribe: its metadata
 * request fails with "This server does not host this topic-partition" when a topic another process
 * just created is not in the broker's metadata cache yet.
 */
export async function retryWhileRetriable<T>(work: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 2_000)) {
    try {
      return await work();
    } catch (error) {
      if ((error as { retriable?: boolean }).retriable !== true || Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Resolves once every partition of `topics` has a leader; fails after `timeoutMs`. */
export async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.length === topics.length && metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Topics ${topics.join(', ')} have no leader after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
