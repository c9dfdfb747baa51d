// @ts-check
/**
 * Integration check for tools/infra/kafka.mjs: starts a throwaway broker in a
 * temp dir on free ports and proves KafkaJS works against it (admin, an
 * idempotent producer, consumer-group consumption with committed offsets),
 * then stops it and checks the JVM is gone.
 *
 *   node tools/infra/kafka.int-check.mjs
 *
 * Exit code 0 on success; non-zero with a message otherwise.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { KAFKA_VERSION, startKafka } from './kafka.mjs';

const MESSAGES = 100;
const OVERALL_TIMEOUT_MS = 180_000;

/** @param {string} message */
const log = (message) => console.log(`[kafka-int-check] ${message}`);

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** A port nobody listens on right now (the OS picks it). */
function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port: 0 }, () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(port));
      });
    })
  );
}

/**
 * Resolve when predicate() holds, polling; fail after ms.
 * @param {() => boolean} predicate
 * @param {number} ms
 * @param {string} what
 */
async function waitFor(predicate, ms, what) {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @param {number} pid */
function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return !(err && typeof err === 'object' && 'code' in err && err.code === 'ESRCH');
  }
}

async function main() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kafka-int-check-'));
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();

  log(`starting Kafka ${KAFKA_VERSION} on 127.0.0.1:${port} (controller ${controllerPort}), data in ${dataDir}`);
  const t0 = Date.now();
  const broker = await startKafka({ dataDir, port, controllerPort, log });
  const startSeconds = (Date.now() - t0) / 1000;
  log(`broker start took ${startSeconds.toFixed(1)} s (pid ${broker.pid})`);

  const kafka = new Kafka({
    clientId: 'kafka-int-check',
    brokers: [broker.brokers],
    // Surface anything KafkaJS warns about against this broker version.
    logLevel: logLevel.WARN,
  });
  const admin = kafka.admin();
  /** @type {import('kafkajs').Producer | undefined} */
  let producer;
  /** @type {import('kafkajs').Consumer[]} */
  const consumers = [];

  try {
    const topic = `int-check-${Date.now()}`;
    const groupId = `${topic}-group`;

    // Admin: create a topic and read its metadata.
    await admin.connect();
    const created = await admin.createTopics({
      topics: [{ topic, numPartitions: 3, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    check(created, `createTopics(${topic}) returned false`);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = metadata.topics[0]?.partitions ?? [];
    check(partitions.length === 3, `expected 3 partitions, metadata has ${partitions.length}`);
    check(
      partitions.every((p) => p.leader === 1 && p.replicas.length === 1),
      `every partition led by node 1: ${JSON.stringify(partitions)}`,
    );
    log(`topic ${topic} created with ${partitions.length} partitions`);

    // Idempotent producer, acks=all.
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    for (let batch = 0; batch < MESSAGES / 10; batch++) {
      const records = await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: 10 }, (_, i) => {
          const n = batch * 10 + i;
          return { key: `key-${n % 7}`, value: String(n) };
        }),
      });
      check(
        records.every((r) => r.errorCode === 0),
        `produce errors: ${JSON.stringify(records)}`,
      );
    }
    log(`produced ${MESSAGES} messages (idempotent, acks=-1)`);

    const highWatermarks = await admin.fetchTopicOffsets(topic);
    const total = highWatermarks.reduce((sum, p) => sum + Number(p.high), 0);
    check(total === MESSAGES, `expected ${MESSAGES} messages in the log, high watermarks sum to ${total}`);

    // First consumer in the group: gets everything and commits.
    /** @type {string[]} */
    const firstRun = [];
    const first = kafka.consumer({ groupId });
    consumers.push(first);
    await first.connect();
    await first.subscribe({ topics: [topic], fromBeginning: true });
    await first.run({
      eachMessage: async ({ message }) => {
        firstRun.push(String(message.value));
      },
    });
    await waitFor(() => firstRun.length >= MESSAGES, 60_000, `${MESSAGES} messages (got ${firstRun.length})`);
    await first.disconnect(); // commits resolved offsets and leaves the group
    const distinct = new Set(firstRun);
    check(firstRun.length === MESSAGES, `first consumer got ${firstRun.length} messages, expected ${MESSAGES}`);
    check(distinct.size === MESSAGES, `first consumer got duplicates (${distinct.size} distinct)`);
    log(`consumer group ${groupId} consumed all ${firstRun.length} messages`);

    const committed = (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]?.partitions ?? [];
    const committedTotal = committed.reduce((sum, p) => sum + Number(p.offset), 0);
    check(
      committedTotal === MESSAGES,
      `committed offsets should sum to ${MESSAGES}: ${JSON.stringify(committed)}`,
    );
    log(`committed offsets: ${committed.map((p) => `p${p.partition}=${p.offset}`).join(' ')}`);

    // Second consumer in the same group: only what was produced since.
    const sentinel = 'sentinel-after-commit';
    await producer.send({ topic, acks: -1, messages: [{ key: 'sentinel', value: sentinel }] });
    /** @type {string[]} */
    const secondRun = [];
    const second = kafka.consumer({ groupId });
    consumers.push(second);
    await second.connect();
    await second.subscribe({ topics: [topic], fromBeginning: true });
    await second.run({
      eachMessage: async ({ message }) => {
        secondRun.push(String(message.value));
      },
    });
    await waitFor(() => secondRun.includes(sentinel), 60_000, 'the sentinel message in the second run');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // anything else would have arrived with it
    await second.disconnect();
    check(
      secondRun.length === 1,
      `second run in the same group should see only the new message, got ${secondRun.length}: ${secondRun.slice(0, 10).join(',')}`,
    );
    log('second run of the group got only the message produced after the commit (no redelivery)');
  } finally {
    for (const consumer of consumers) await consumer.disconnect().catch(() => {});
    await producer?.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
    const t1 = Date.now();
    await broker.stop();
    log(`broker stopped in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  }

  check(!processExists(broker.pid), `broker JVM (pid ${broker.pid}) still exists after stop()`);
  await fs.access(path.join(dataDir, 'kafka.pid')).then(
    () => {
      throw new Error('kafka.pid still present after stop()');
    },
    () => {},
  );
  await fs.rm(dataDir, { recursive: true, force: true });
  log(`OK (broker start ${startSeconds.toFixed(1)} s)`);
}

const overall = setTimeout(() => {
  console.error(`[kafka-int-check] FAILED: no result after ${OVERALL_TIMEOUT_MS / 1000} s`);
  process.exit(1); // the exit hook in kafka.mjs kills the broker
}, OVERALL_TIMEOUT_MS);
overall.unref();

main().then(
  () => {
    clearTimeout(overall);
  },
  (err) => {
    console.error(`[kafka-int-check] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
    process.exitCode = 1;
  },
);
