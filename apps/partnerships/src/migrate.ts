// `npx nx run partnerships:migrate` (or `node apps/partnerships/dist/migrate.js`): creates the
// database if missing, applies pending migrations and ensures the application role. The service
// does the same on start; this is for running it ahead of a deployment.
import 'reflect-metadata';
import { databaseUrlFromEnv } from '@vc/service-kit';
import { prepareDatabase } from './database/prepare-database.js';

const url = databaseUrlFromEnv('partnerships');
await prepareDatabase(url, process.env.DATABASE_APP_ROLE ?? 'partnerships_app');
console.log(`partnerships: database ${new URL(url).pathname.slice(1)} is up to date`);
