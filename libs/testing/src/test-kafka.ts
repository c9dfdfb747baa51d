import { Kafka, logLevel, type Consumer, type ITopicConfig, type KafkaMessage } from 'kafkajs';
import { uniqueName } from './test-database.js';

export function testBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run integration tests through `npm run test:int`');
  return brokers.split(',');
}

/** A quiet KafkaJS client for test plumbing (probes, topic setup); code under test builds its own. */
export function testKafka(clientId = uniqueName('test')): Kafka {
  return new Kafka({ clientId, brokers: testBrokers(), logLevel: logLevel.NOTHING });
}

export async function createTopics(kafka: Kafka, topics: Array<string | ITopicConfig>): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((t) => (typeof t === 'string' ? { topic: t, numPartitions: 3 } : t)),
    });
  } finally {
    await admin.disconnect();
  }
}

export interface ReceivedRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/**
 * Reads topics from the beginning with a group of its own and keeps every record, so a test can
 * assert on exactly what was published.
 */
export class TopicProbe {
  readonly records: ReceivedRecord[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    // A short fetch wait: disconnecting waits for the fetch in flight, and tests stop probes often.
    this.consumer = this.kafka.consumer({
      groupId: uniqueName('probe'),
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 100,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.records.push(toRecord(topic, partition, message));
      },
    });
    return this;
  }

  /** Waits until `predicate` holds for the records so far; fails with what arrived instead. */
  async waitFor(predicate: (records: ReceivedRecord[]) => boolean, timeoutMs = 20_000): Promise<ReceivedRecord[]> {
    await eventually(() => {
      if (!predicate(this.records)) {
        throw new Error(`condition not met; ${this.records.length} records on ${this.topics.join(', ')}`);
      }
    }, timeoutMs);
    return this.records;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function toRecord(topic: string, partition: number, message: KafkaMessage): ReceivedRecord {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(message.headers ?? {})) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) headers[name] = value.toString();
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    value: message.value?.toString() ?? null,
    headers,
  };
}

/** Retries `assertion` until it stops throwing or the time is up, then rethrows its last error. */
export async function eventually(assertion: () => void | Promise<void>, timeoutMs = 20_000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
