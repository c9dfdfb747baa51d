import { DataSource, QueryFailedError, type MixedList, type EntitySchema } from 'typeorm';
import { ensureDatabase } from '../config/database-url.js';
import { appRoleConnectionExtra, ensureAppRole } from '../tenancy/app-role.js';

// TypeORM's own option types for these lists.
type Migrations = MixedList<string | (new () => object)>;
type Entities = MixedList<string | (new () => object) | EntitySchema>;

/**
 * Creates the database if missing, applies the migrations as the owner (each in its own
 * transaction), and makes sure the non-owner application role exists with its grants, so row-level
 * security binds every query the service makes. Run on start and by each service's `migrate.ts`.
 */
export async function prepareServiceDatabase(options: { url: string; appRole: string; migrations: Migrations }): Promise<void> {
  await ensureDatabase(options.url);
  const owner = new DataSource({ type: 'postgres', url: options.url, migrations: options.migrations, logging: false });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    await ensureAppRole(owner, options.appRole);
  } finally {
    await owner.destroy();
  }
}

/** The DataSource a service works with: the same server, every query run as the application role. */
export function createServiceDataSource(options: { url: string; appRole: string; entities?: Entities; poolSize?: number }): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: options.poolSize ?? 10, ...appRoleConnectionExtra(options.appRole) },
  });
}

const UNIQUE_VIOLATION = '23505';

/** A unique constraint refused the write; `constraint` narrows it to one index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && (constraint === undefined || driverError.constraint === constraint);
}

/** TypeORM answers UPDATE and DELETE … RETURNING with `[rows, affectedCount]`; this takes the rows. */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * Runs `text` as a named prepared statement: PostgreSQL parses it once per connection and, after
 * five executions, may keep one generic plan instead of planning every call. Worth it for a hot,
 * fixed query whose planning costs as much as its execution (text search planning reads the
 * tsvector statistics); not for one whose best plan depends on the values. Outside any
 * transaction: the statement runs on whichever pooled connection is free.
 */
export async function queryPrepared<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> } }).master;
  return (await pool.query({ name, text, values })).rows;
}
