// `npx nx run notifications:migrate` (or `node apps/notifications/dist/migrate.js`): creates the
// database if missing, applies pending migrations and ensures the application role. The service
// does the same on start; this is for running it ahead of a deployment.
import 'reflect-metadata';
import { databaseUrlFromEnv } from '@vc/service-kit';
import { prepareDatabase } from './database/prepare-database.js';

const url = databaseUrlFromEnv('notifications');
await prepareDatabase(url, process.env.DATABASE_APP_ROLE ?? 'notifications_app');
console.log(`notifications: database ${new URL(url).pathname.slice(1)} is up to date`);
