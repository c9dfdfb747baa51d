import { appRoleConnectionExtra, ensureAppRole, ensureDatabase } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { notificationsMigrations } from './notifications-migrations.js';

/**
 * Creates the database if missing, applies the migrations as the owner, and makes sure the
 * non-owner application role exists with its grants. Run on start and by `migrate.ts`.
 */
export async function prepareDatabase(url: string, appRole: string): Promise<void> {
  await ensureDatabase(url);
  const owner = new DataSource({ type: 'postgres', url, migrations: notificationsMigrations, logging: false });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    await ensureAppRole(owner, appRole);
  } finally {
    await owner.destroy();
  }
}

/**
 * The DataSource the service works with: same server, queries run as the application role.
 * Plain SQL throughout (no entities): the rows are simple and the interesting parts (delivery
 * claims, unique delivery keys) are SQL anyway.
 */
export function createAppDataSource(url: string, appRole: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [],
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, ...appRoleConnectionExtra(appRole) },
  });
}
