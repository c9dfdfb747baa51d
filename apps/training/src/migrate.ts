// `npx nx run training:migrate` (or `node apps/training/dist/migrate.js`): creates the database if
// missing, applies pending migrations and ensures the application role. The service does the same
// on start; this is for running it ahead of a deployment.
import 'reflect-metadata';
import { databaseUrlFromEnv } from '@vc/service-kit';
import { prepareDatabase } from './database/prepare-database.js';

const url = databaseUrlFromEnv('training');
await prepareDatabase(url, process.env.DATABASE_APP_ROLE ?? 'training_app');
console.log(`training: database ${new URL(url).pathname.slice(1)} is up to date`);
