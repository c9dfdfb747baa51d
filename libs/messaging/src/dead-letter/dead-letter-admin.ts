import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { headerText } from '../cloudevents/kafka-cloudevents.js';
import { createIdempotentProducer } from '../kafka/kafka-client.js';
import { DLQ_HEADERS } from './dead-letter.js';

export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  eventId?: string;
  eventType?: string;
  reason?: string;
  errorType?: string;
  errorMessage?: string;
  attempts?: number;
  originalTopic?: string;
  originalPartition?: number;
  originalOffset?: string;
  consumerGroup?: string;
  failedAt?: string;
  headers: Record<string, string>;
  value: string | null;
}

function toDeadLetter(partition: number, message: KafkaMessage): DeadLetter {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(message.headers ?? {})) {
    const value = headerText(message.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const numeric = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? null,
    eventId: headers['ce_id'],
    eventType: headers['ce_type'],
    reason: headers[DLQ_HEADERS.reason],
    errorType: headers[DLQ_HEADERS.errorType],
    errorMessage: headers[DLQ_HEADERS.errorMessage],
    attempts: numeric(headers[DLQ_HEADERS.attempts]),
    originalTopic: headers[DLQ_HEADERS.originalTopic],
    originalPartition: numeric(headers[DLQ_HEADERS.originalPartition]),
    originalOffset: headers[DLQ_HEADERS.originalOffset],
    consumerGroup: headers[DLQ_HEADERS.consumerGroup],
    failedAt: headers[DLQ_HEADERS.failedAt],
    headers,
    value: message.value?.toString('utf8') ?? null,
  };
}

/**
 * Reads a topic from the offsets committed for `groupId` (or the beginning) up to its end as it
 * was when the call started, then stops. Committing is up to `visit`'s caller via the result.
 */
async function readToEnd(
  kafka: Kafka,
  topic: string,
  groupId: string,
  visit: (partition: number, message: KafkaMessage) => Promise<void>,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  let starts: Map<number, bigint>;
  try {
    const latest = await admin.fetchTopicOffsets(topic);
    ends = new Map(latest.map((p) => [p.partition, BigInt(p.high)]));
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const earliest = await admin.fetchTopicOffsetsByTimestamp(topic, 0);
    starts = new Map(
      earliest.map((p) => {
        const done = committed[0]?.partitions.find((c) => c.partition === p.partition)?.offset;
        return [p.partition, done !== undefined && done !== '-1' ? BigInt(done) : BigInt(p.offset)];
      }),
    );
  } finally {
    await admin.disconnect();
  }
  const remaining = new Set([...ends].filter(([p, end]) => (starts.get(p) ?? 0n) < end).map(([p]) => p));
  if (remaining.size === 0) return;

  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: true,
          eachMessage: async ({ partition, message }) => {
            if (!remaining.has(partition)) return;
            const end = ends.get(partition)!;
            if (BigInt(message.offset) < end) await visit(partition, message);
            if (BigInt(message.offset) + 1n >= end) {
              remaining.delete(partition);
              if (remaining.size === 0) resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

/** Everything in a dead-letter topic, oldest first, without moving anyone's offsets. */
export async function listDeadLetters(kafka: Kafka, dlqTopic: string): Promise<DeadLetter[]> {
  const groupId = `dlq-inspect.${randomUUID()}`;
  const letters: DeadLetter[] = [];
  try {
    await readToEnd(kafka, dlqTopic, groupId, async (partition, message) => {
      letters.push(toDeadLetter(partition, message));
    });
  } finally {
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return letters;
}

export interface ReplayResult {
  replayed: DeadLetter[];
  skipped: DeadLetter[];
}

/**
 * Sends dead letters back to the topic they came from, with their original key, value and
 * CloudEvents headers. Safe for every group on that topic: groups that handled the event already
 * find its id in their inbox.
 *
 * Without `only`, replays every letter not replayed before: progress is committed under the
 * group `<dlq>.replay`, so each letter goes back once. With `only`, replays just the letters it
 * selects and moves no progress, so the others stay available for a later full replay.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  dlqTopic: string,
  options: { only?: (letter: DeadLetter) => boolean } = {},
): Promise<ReplayResult> {
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const result: ReplayResult = { replayed: [], skipped: [] };
  const replay = async (letter: DeadLetter) => {
    if (!letter.originalTopic || (options.only && !options.only(letter))) {
      result.skipped.push(letter);
      return;
    }
    const headers = Object.fromEntries(Object.entries(letter.headers).filter(([name]) => !name.startsWith('dlq_')));
    headers[DLQ_HEADERS.replayedAt] = new Date().toISOString();
    await producer.send({
      topic: letter.originalTopic,
      acks: -1,
      messages: [{ key: letter.key, value: letter.value, headers }],
    });
    result.replayed.push(letter);
  };
  try {
    if (options.only) {
      for (const letter of await listDeadLetters(kafka, dlqTopic)) await replay(letter);
    } else {
      await readToEnd(kafka, dlqTopic, `${dlqTopic}.replay`, (partition, message) =>
        replay(toDeadLetter(partition, message)),
      );
    }
  } finally {
    await producer.disconnect();
  }
  return result;
}
