// @ts-check
import { startTestInfrastructure } from './test-infrastructure.mjs';

/** Jest global setup: environment variables set here reach every test worker. */
export default async function globalSetup() {
  const infrastructure = await startTestInfrastructure({ log: (line) => process.stderr.write(`\n[infra] ${line}`) });
  process.env.KAFKA_BROKERS = infrastructure.brokers;
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  /** @type {any} */ (globalThis).__vcInfrastructure = infrastructure;
}
