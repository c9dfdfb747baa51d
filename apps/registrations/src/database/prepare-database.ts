import { createServiceDataSource, prepareServiceDatabase } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import { registrationsEntities } from './registrations-entities.js';
import { registrationsMigrations } from './registrations-migrations.js';

/** Creates the database if missing, migrates it as the owner and ensures the application role. */
export async function prepareDatabase(url: string, appRole: string): Promise<void> {
  await prepareServiceDatabase({ url, appRole, migrations: registrationsMigrations });
}

/** The DataSource the service works with: same server, queries run as the application role. */
export function createAppDataSource(url: string, appRole: string, poolSize = 10): DataSource {
  return createServiceDataSource({ url, appRole, entities: registrationsEntities, poolSize });
}
