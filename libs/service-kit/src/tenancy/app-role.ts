import pg from 'pg';
import type { DataSource } from 'typeorm';
import { assertSqlIdentifier } from './sql-identifier.js';

/**
 * Creates the role the service's queries run as, if missing, and grants it data access (never
 * ownership) in schema public, now and for tables and sequences the owner creates later.
 * Run it as the database owner after the migrations, at every start: it is idempotent, and safe
 * when several replicas start at once.
 *
 * Why a separate role: row-level security does not bind superusers or BYPASSRLS roles at all, and
 * binds a table's owner only under FORCE. A NOLOGIN role that owns nothing and lacks BYPASSRLS is
 * always bound, so a forgotten tenant filter cannot leak another centre's rows.
 */
export async function ensureAppRole(owner: DataSource | string, role: string): Promise<void> {
  assertSqlIdentifier(role, 'Role');
  await inOwnerTransaction(owner, async (query) => {
    // Concurrent GRANTs on one object fail with "tuple concurrently updated": replicas take turns.
    await query(`SELECT pg_advisory_xact_lock(hashtext('vc:ensure-app-role'))`);
    // CREATE ROLE has no IF NOT EXISTS; two replicas racing collide on duplicate_object or on
    // pg_authid's unique index (unique_violation). Either way the role exists afterwards.
    await query(`
      DO $$
      BEGIN
        CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END
      $$`);
    const [existing] = (await query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [role])) as Array<{
      rolsuper: boolean;
      rolbypassrls: boolean;
    }>;
    if (existing!.rolsuper || existing!.rolbypassrls) {
      throw new Error(`Role ${role} exists with SUPERUSER or BYPASSRLS, so row-level security would not bind it; use another role`);
    }
    // The owner connects and switches to the role (appRoleConnectionExtra), which needs membership.
    // A superuser may switch to any role; a CREATEROLE owner (PostgreSQL 16+) gets only ADMIN by creating it.
    const [{ rolsuper: ownerIsSuperuser } = { rolsuper: false }] = (await query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')) as Array<{
      rolsuper: boolean;
    }>;
    if (!ownerIsSuperuser) await query(`GRANT ${role} TO current_user`);
    await query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // Default privileges apply to objects the current role (the owner, who runs migrations) creates later.
    await query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
    await query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
  });
}

/**
 * `extra` for the app's TypeORM DataSource: it logs in with the owner's credentials and every
 * connection switches to the app role at start (`SET ROLE`), so its queries are bound by
 * row-level security. This guards against a missed filter, not against SQL injection, since a
 * session could `RESET ROLE`; a separate LOGIN role would also close that.
 */
export function appRoleConnectionExtra(role: string): { options: string } {
  assertSqlIdentifier(role, 'Role');
  return { options: `-c role=${role}` };
}

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;

async function inOwnerTransaction(owner: DataSource | string, work: (query: Query) => Promise<void>): Promise<void> {
  if (typeof owner !== 'string') {
    await owner.transaction((manager) => work((sql, parameters) => manager.query(sql, parameters)));
    return;
  }
  const client = new pg.Client({ connectionString: owner });
  await client.connect();
  try {
    await client.query('BEGIN');
    await work(async (sql, parameters) => (await client.query(sql, parameters)).rows);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
