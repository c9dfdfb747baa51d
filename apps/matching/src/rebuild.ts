// `node apps/matching/dist/rebuild.js [--swap]` (or `npx nx run matching:rebuild`): replays
// registrations' topics from the earliest offset into fresh read-model tables in a new schema
// and prints how they differ from the live ones. With --swap (service stopped) the rebuilt tables
// replace the live ones. Uses DATABASE_URL (the owner), KAFKA_BROKERS and MATCHING_REGIONS.
import 'reflect-metadata';
import { createLogger, databaseUrlFromEnv, kafkaClientOptionsOf, loadConfig } from '@vc/service-kit';
import pg from 'pg';
import { READ_MODEL_TABLES } from './database/1732800001000-create-read-models.migration.js';
import { prepareDatabase } from './database/prepare-database.js';
import { MatchingRegionsConfig, regionOwnershipOf } from './matching.config.js';
import { rebuildReadModels, swapInRebuiltReadModels } from './read-models/rebuild-read-models.js';

const config = loadConfig(MatchingRegionsConfig, { ...process.env, DATABASE_URL: databaseUrlFromEnv('matching') });
const logger = createLogger({ service: 'matching-rebuild', level: config.LOG_LEVEL });
const schema = `rebuild_${new Date().toISOString().replace(/[-:T.Z]/g, '').slice(0, 14)}`;

await prepareDatabase(config.DATABASE_URL, process.env.DATABASE_APP_ROLE ?? 'matching_app');
const result = await rebuildReadModels({
  databaseUrl: config.DATABASE_URL,
  ...kafkaClientOptionsOf(config, 'matching-rebuild'),
  ownership: regionOwnershipOf(config),
  schema,
  logger,
});
console.log(`matching: replayed ${result.applied} events (${result.skipped} skipped) into schema ${schema}`);

const client = new pg.Client({ connectionString: config.DATABASE_URL });
await client.connect();
for (const table of READ_MODEL_TABLES) {
  const [{ differ }] = (
    await client.query(
      `SELECT count(*)::int AS differ FROM ((TABLE public.${table} EXCEPT TABLE ${schema}.${table})
                                           UNION ALL (TABLE ${schema}.${table} EXCEPT TABLE public.${table})) d`,
    )
  ).rows;
  console.log(`  ${table}: ${differ === 0 ? 'equal to the live table' : `${differ} rows differ from the live table`}`);
}
await client.end();

if (process.argv.includes('--swap')) {
  await swapInRebuiltReadModels(config.DATABASE_URL, schema);
  console.log('matching: live read models replaced; start the service to reload its index');
}
