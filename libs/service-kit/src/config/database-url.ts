import pg from 'pg';

type Env = Record<string, string | undefined>;

/**
 * `DATABASE_URL` when set; otherwise a URL from the libpq variables (PGHOST, PGPORT, PGUSER,
 * PGPASSWORD, PGDATABASE), defaulting to the local development server and the database
 * `vc_<service>` (hyphens become underscores so the name needs no quoting in psql).
 */
export function databaseUrlFromEnv(service: string, env: Env = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;

  const host = env.PGHOST || '127.0.0.1';
  const port = env.PGPORT || '5432';
  const user = encodeURIComponent(env.PGUSER || 'postgres');
  const password = env.PGPASSWORD ? `:${encodeURIComponent(env.PGPASSWORD)}` : '';
  const database = encodeURIComponent(env.PGDATABASE || `vc_${service.replace(/-/g, '_')}`);

  // A PGHOST starting with "/" is a Unix socket directory, which a URL can only carry as ?host=.
  if (host.startsWith('/')) {
    return `postgres://${user}${password}@localhost:${port}/${database}?host=${encodeURIComponent(host)}`;
  }
  const hostInUrl = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `postgres://${user}${password}@${hostInUrl}:${port}/${database}`;
}

const URL_PARTS = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?([?#].*)?$/;

/** The database a postgres URL names. */
export function databaseNameOf(url: string): string {
  const match = URL_PARTS.exec(url);
  const name = match?.[2] ? decodeURIComponent(match[2].slice(1)) : '';
  if (!name) throw new Error('The database URL names no database');
  return name;
}

/** The same server and credentials, another database. String surgery, because WHATWG URL rejects `user@/db?host=/socket`. */
export function withDatabase(url: string, database: string): string {
  const match = URL_PARTS.exec(url);
  if (!match) throw new Error('Not a postgres:// URL');
  return `${match[1]}/${encodeURIComponent(database)}${match[3] ?? ''}`;
}

const DUPLICATE_DATABASE = '42P04';
// Two concurrent CREATE DATABASE of one name can also collide on pg_database's unique index.
const UNIQUE_VIOLATION = '23505';

/**
 * Creates the database the URL names if it does not exist yet, through the `postgres`
 * maintenance database of the same server. Safe when several instances start at once.
 * Resolves to true when this call created it.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const database = databaseNameOf(url);
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
    throw error;
  } finally {
    await client.end();
  }
}
