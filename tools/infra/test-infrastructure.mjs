// @ts-check
// Brings up what integration tests and benchmarks need: a Kafka broker and a PostgreSQL server,
// each either the one the environment points at or one started here in a throw-away directory.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { kafkaBrokersFromEnv, startKafka } from './kafka.mjs';
import { postgresServerUrlFromEnv, startPostgres } from './postgres.mjs';
import { freePort } from './free-port.mjs';

/**
 * @param {{ log?: (line: string) => void, durablePostgres?: boolean }} [options]
 * @returns {Promise<{ brokers: string, databaseUrl: string, stop(): Promise<void> }>}
 */
export async function startTestInfrastructure({ log = () => {}, durablePostgres = false } = {}) {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vc-infra-'));
  await fs.chmod(workDir, 0o755);
  /** @type {Array<() => Promise<void>>} */
  const stops = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => log(`stop failed: ${error}`));
    await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    const [brokers, databaseUrl] = await Promise.all([
      (async () => {
        const existing = kafkaBrokersFromEnv();
        if (existing) return existing.join(',');
        const started = Date.now();
        const kafka = await startKafka({
          dataDir: path.join(workDir, 'kafka'),
          port: await freePort(),
          controllerPort: await freePort(),
        });
        stops.push(() => kafka.stop());
        log(`Kafka ${kafka.brokers} ready in ${Date.now() - started} ms`);
        return kafka.brokers;
      })(),
      (async () => {
        const existing = postgresServerUrlFromEnv();
        if (existing) return existing;
        const started = Date.now();
        const postgres = await startPostgres({
          dataDir: path.join(workDir, 'postgres', 'data'),
          port: await freePort(),
          durable: durablePostgres,
        });
        stops.push(() => postgres.stop());
        log(`PostgreSQL ${new URL(postgres.url).host} ready in ${Date.now() - started} ms`);
        return postgres.url;
      })(),
    ]);
    return { brokers, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
