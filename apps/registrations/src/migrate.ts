// `npx nx run registrations:migrate` (or `node apps/registrations/dist/migrate.js`): creates the
// database if missing, applies pending migrations and ensures the application role. The service
// does the same on start; this is for running it ahead of a deployment.
import 'reflect-metadata';
import { databaseUrlFromEnv } from '@vc/service-kit';
import { prepareDatabase } from './database/prepare-database.js';

const url = databaseUrlFromEnv('registrations');
await prepareDatabase(url, process.env.DATABASE_APP_ROLE ?? 'registrations_app');
console.log(`registrations: database ${new URL(url).pathname.slice(1)} is up to date`);
