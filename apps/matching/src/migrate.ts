// `npx nx run matching:migrate` (or `node apps/matching/dist/migrate.js`): creates the database if
// missing, applies pending migrations and ensures the application role. The service does the same
// on start; this is for running it ahead of a deployment.
import 'reflect-metadata';
import { databaseUrlFromEnv } from '@vc/service-kit';
import { prepareDatabase } from './database/prepare-database.js';

const url = databaseUrlFromEnv('matching');
await prepareDatabase(url, process.env.DATABASE_APP_ROLE ?? 'matching_app');
console.log(`matching: database ${new URL(url).pathname.slice(1)} is up to date`);
