import { appRoleConnectionExtra, ensureAppRole, ensureDatabase } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { matchingEntities } from './matching-entities.js';
import { matchingMigrations } from './matching-migrations.js';

/**
 * Creates the database if missing, applies the migrations as the owner, and makes sure the
 * non-owner application role exists with its grants. Run on start and by `migrate.ts`.
 */
export async function prepareDatabase(url: string, appRole: string): Promise<void> {
  await ensureDatabase(url);
  const owner = new DataSource({ type: 'postgres', url, migrations: matchingMigrations, logging: false });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    await ensureAppRole(owner, appRole);
  } finally {
    await owner.destroy();
  }
}

/** The DataSource the service works with: same server, queries run as the application role. */
export function createAppDataSource(url: string, appRole: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: matchingEntities,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, ...appRoleConnectionExtra(appRole) },
  });
}
