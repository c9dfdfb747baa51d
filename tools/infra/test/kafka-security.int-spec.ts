import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createIdempotentProducer, createKafka } from '@vc/messaging';
import { BaseServiceConfig, kafkaClientOptionsOf, loadConfig } from '@vc/service-kit';
import { testLogger } from '@vc/testing';
import { startKafka, type KafkaBroker } from '../kafka.mjs';
import { freePort } from '../free-port.mjs';

/**
 * A service configured for a cluster that requires TLS and SCRAM-SHA-512 (as Strimzi's `tls`
 * listener with `scram-sha-512` authentication does) produces and consumes through it; a wrong
 * password or an untrusted certificate is refused by the broker or the client.
 */
describe('a service reaching a Kafka cluster with TLS and SCRAM-SHA-512', () => {
  const user = { username: 'registrations', password: 'scram-test-password' };
  let dataDir: string;
  let broker: KafkaBroker;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vc-kafka-secure-'));
    broker = await startKafka({
      dataDir,
      port: await freePort(),
      controllerPort: await freePort(),
      heap: '256m',
      secure: { port: await freePort(), users: [user] },
    });
  }, 120_000);

  afterAll(async () => {
    await broker?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  function clientFor(env: Record<string, string>) {
    const config = loadConfig(BaseServiceConfig, {
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      KAFKA_BROKERS: broker.secure!.brokers,
      KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      KAFKA_SASL_USERNAME: user.username,
      ...env,
    });
    return createKafka({ ...kafkaClientOptionsOf(config, 'registrations'), logger: testLogger('kafka-secure'), retry: { retries: 1, initialRetryTime: 100 } });
  }

  it('produces and consumes with the right password and the cluster CA', async () => {
    const kafka = clientFor({ KAFKA_SASL_PASSWORD: user.password, KAFKA_SSL_CA_FILE: broker.secure!.caFile });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'secured', numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();

    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    await producer.send({ topic: 'secured', acks: -1, messages: [{ key: 'k', value: 'over TLS' }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'secured-reader' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'secured', fromBeginning: true });
    const received = await new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(message.value!.toString()) });
    });
    await consumer.disconnect();
    expect(received).toBe('over TLS');
  }, 60_000);

  it('is refused with a wrong password', async () => {
    const admin = clientFor({ KAFKA_SASL_PASSWORD: 'not-the-password', KAFKA_SSL_CA_FILE: broker.secure!.caFile }).admin();
    await expect(admin.connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
  }, 60_000);

  it('does not trust the broker without the cluster CA', async () => {
    const admin = clientFor({ KAFKA_SASL_PASSWORD: user.password }).admin();
    await expect(admin.connect()).rejects.toThrow(/self[- ]signed certificate/i);
  }, 60_000);
});
