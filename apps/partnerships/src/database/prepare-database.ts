import { appRoleConnectionExtra, ensureAppRole, ensureDatabase } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { partnershipsMigrations } from './partnerships-migrations.js';

/**
 * Creates the database if missing, applies the migrations as the owner, and makes sure the
 * non-owner application role exists with its grants. Run on start and by `migrate.ts`.
 */
export async function prepareDatabase(url: string, appRole: string): Promise<void> {
  await ensureDatabase(url);
  const owner = new DataSource({ type: 'postgres', url, migrations: partnershipsMigrations, logging: false });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    await ensureAppRole(owner, appRole);
  } finally {
    await owner.destroy();
  }
}

/**
 * The DataSource the service works with: same server, queries run as the application role. The
 * service writes plain SQL (no entities): its records are small and its reports are aggregates.
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
