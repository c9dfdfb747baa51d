import 'reflect-metadata';
import { createTestDatabase, testServerUrl, uniqueName, type TestDatabase } from '@vc/testing';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { appRoleConnectionExtra, ensureAppRole, runInTenant, tenantIsolationSql } from '../src/index.js';

const CENTRE_A = '0b9b6c1e-8f4a-4d55-9a7e-2f3c4d5e6f70';
const CENTRE_B = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const roleExists = (role: string) => onServer(async (client) => (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1);
const databaseExists = (name: string) => onServer(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
const bodies = (rows: Array<{ body: string }>) => rows.map(({ body }) => body);

describe('row-level security keeps centres apart on its own (real PostgreSQL)', () => {
  const appRole = uniqueName('vc_kit_app');
  const tableOwnerRole = uniqueName('vc_kit_table_owner');
  const roles = [appRole, tableOwnerRole];
  let database: TestDatabase;
  /** The test server's user: a superuser, like the owner in many local set-ups. */
  let superuser: DataSource;
  /** How the service runs its queries: the owner's login, switched to the app role. */
  let app: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('service_kit_rls');
    superuser = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    // As a service's migration would, running as the owner.
    await superuser.query('CREATE TABLE note (id serial PRIMARY KEY, centre_id uuid NOT NULL, body text NOT NULL)');
    for (const statement of tenantIsolationSql('note')) await superuser.query(statement);
    await superuser.query(`INSERT INTO note (centre_id, body) VALUES ($1, 'a1'), ($1, 'a2'), ($2, 'b1')`, [CENTRE_A, CENTRE_B]);
    await ensureAppRole(database.url, appRole);
    app = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 2, ...appRoleConnectionExtra(appRole) } }).initialize();
  });

  afterAll(async () => {
    await app?.destroy();
    await superuser?.destroy();
    await database?.drop();
    // Roles belong to the server, not the database: drop them too, so the suite can run again.
    await onServer(async (client) => {
      for (const role of roles) await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
    });
    expect(await databaseExists(database.name)).toBe(false);
    for (const role of roles) expect(await roleExists(role)).toBe(false);
  });

  const allBodies = async () => bodies(await superuser.query('SELECT body FROM note ORDER BY body'));

  it('runs the app’s queries as the app role, which is neither superuser nor exempt from row-level security', async () => {
    const [role] = await app.query('SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');

    expect(role).toEqual({ name: appRole, rolsuper: false, rolbypassrls: false });
  });

  it('shows centre A only its own rows, to a query without any WHERE', async () => {
    const rows = await runInTenant(app, { centreId: CENTRE_A }, (manager) => manager.query('SELECT body FROM note ORDER BY body'));

    expect(bodies(rows)).toEqual(['a1', 'a2']);
  });

  it('refuses to insert a row for centre B while working for centre A, and stores nothing', async () => {
    const attempt = runInTenant(app, { centreId: CENTRE_A }, (manager) => manager.query(`INSERT INTO note (centre_id, body) VALUES ($1, 'sneaky')`, [CENTRE_B]));

    await expect(attempt).rejects.toThrow(/new row violates row-level security policy/);
    expect(await allBodies()).toEqual(['a1', 'a2', 'b1']);
  });

  it('updates and deletes none of centre B’s rows while working for centre A', async () => {
    const [, updated] = await runInTenant(app, { centreId: CENTRE_A }, (manager) => manager.query(`UPDATE note SET body = 'changed' WHERE centre_id = $1`, [CENTRE_B]));
    const [, deleted] = await runInTenant(app, { centreId: CENTRE_A }, (manager) => manager.query('DELETE FROM note WHERE centre_id = $1', [CENTRE_B]));

    expect([updated, deleted]).toEqual([0, 0]);
    expect(await allBodies()).toEqual(['a1', 'a2', 'b1']);
  });

  it('refuses to move one of centre A’s rows to centre B', async () => {
    const attempt = runInTenant(app, { centreId: CENTRE_A }, (manager) => manager.query(`UPDATE note SET centre_id = $1 WHERE body = 'a1'`, [CENTRE_B]));

    await expect(attempt).rejects.toThrow(/new row violates row-level security policy/);
  });

  it('lets centre A write its own rows', async () => {
    await runInTenant(app, { centreId: CENTRE_A }, async (manager) => {
      await manager.query(`INSERT INTO note (centre_id, body) VALUES ($1, 'a3')`, [CENTRE_A]);
      await manager.query(`DELETE FROM note WHERE body = 'a3'`);
    });

    expect(await allBodies()).toEqual(['a1', 'a2', 'b1']);
  });

  it('shows nothing and accepts no write without a tenant setting: a forgotten scope fails closed', async () => {
    const [{ count }] = await app.query('SELECT count(*)::int AS count FROM note');
    const insert = app.query(`INSERT INTO note (centre_id, body) VALUES ($1, 'unscoped')`, [CENTRE_A]);

    expect(count).toBe(0);
    await expect(insert).rejects.toThrow(/new row violates row-level security policy/);
  });

  it('carries no scope over to the next user of a pooled connection', async () => {
    const singleConnection = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 1, ...appRoleConnectionExtra(appRole) } }).initialize();
    try {
      await runInTenant(singleConnection, { centreId: CENTRE_A }, (manager) => manager.query('SELECT 1'));

      const [{ count }] = await singleConnection.query('SELECT count(*)::int AS count FROM note');

      expect(count).toBe(0);
    } finally {
      await singleConnection.destroy();
    }
  });

  it('shows every centre’s rows to an explicit consortium scope', async () => {
    const rows = await runInTenant(app, { consortium: true }, (manager) => manager.query('SELECT body FROM note ORDER BY body'));

    expect(bodies(rows)).toEqual(['a1', 'a2', 'b1']);
  });

  it('returns what the work returns, and rolls back when it throws', async () => {
    const attempt = runInTenant(app, { centreId: CENTRE_B }, async (manager) => {
      await manager.query(`INSERT INTO note (centre_id, body) VALUES ($1, 'rolled-back')`, [CENTRE_B]);
      throw new Error('handler failed');
    });

    await expect(attempt).rejects.toThrow('handler failed');
    expect(await allBodies()).toEqual(['a1', 'a2', 'b1']);
    expect(await runInTenant(app, { centreId: CENTRE_B }, async () => 'result')).toBe('result');
  });

  it('does not bind a superuser at all: the reason the app must not run as one', async () => {
    const [{ count }] = await superuser.query('SELECT count(*)::int AS count FROM note');

    expect(count).toBe(3);
  });

  it('binds a non-superuser table owner only because of FORCE', async () => {
    await superuser.query('CREATE TABLE owned_note (centre_id uuid NOT NULL, body text NOT NULL)');
    for (const statement of tenantIsolationSql('owned_note')) await superuser.query(statement);
    await superuser.query(`INSERT INTO owned_note VALUES ($1, 'a1'), ($2, 'b1')`, [CENTRE_A, CENTRE_B]);
    await superuser.query(`CREATE ROLE ${tableOwnerRole} NOLOGIN`);
    await superuser.query(`ALTER TABLE owned_note OWNER TO ${tableOwnerRole}`);
    const countAsOwner = () =>
      superuser.transaction(async (manager) => {
        await manager.query(`SET LOCAL ROLE ${tableOwnerRole}`);
        const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM owned_note');
        return count as number;
      });

    const forced = await countAsOwner();
    await superuser.query('ALTER TABLE owned_note NO FORCE ROW LEVEL SECURITY');
    const notForced = await countAsOwner();

    expect(forced).toBe(0);
    expect(notForced).toBe(2);
  });

  it('grants the app role tables the owner creates later, through default privileges', async () => {
    await superuser.query('CREATE TABLE later_note (id bigserial PRIMARY KEY, centre_id uuid NOT NULL, body text NOT NULL)');
    for (const statement of tenantIsolationSql('later_note')) await superuser.query(statement);

    const rows = await runInTenant(app, { centreId: CENTRE_B }, async (manager) => {
      await manager.query(`INSERT INTO later_note (centre_id, body) VALUES ($1, 'b-later')`, [CENTRE_B]);
      return manager.query('SELECT body FROM later_note');
    });

    expect(bodies(rows)).toEqual(['b-later']);
  });

  it('gives the app role no right to change the schema', async () => {
    await expect(app.query('DROP TABLE note')).rejects.toThrow(/must be owner of table note/);
    await expect(app.query('ALTER TABLE note DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner of table note/);
  });
});

describe('ensureAppRole', () => {
  const createdRoles: string[] = [];
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('service_kit_app_role');
  });

  afterAll(async () => {
    await database?.drop();
    await onServer(async (client) => {
      for (const role of createdRoles) await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
    });
    for (const role of createdRoles) expect(await roleExists(role)).toBe(false);
  });

  it('creates the role once when several replicas start at the same moment, through URLs and DataSources alike', async () => {
    const role = uniqueName('vc_kit_race');
    createdRoles.push(role);
    const owner = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    try {
      await Promise.all([ensureAppRole(database.url, role), ensureAppRole(database.url, role), ensureAppRole(owner, role), ensureAppRole(owner, role)]);
    } finally {
      await owner.destroy();
    }

    const rows = await onServer(async (client) => (await client.query('SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [role])).rows);
    expect(rows).toEqual([{ rolcanlogin: false, rolsuper: false, rolbypassrls: false }]);
  });

  it('refuses an existing role that row-level security would not bind', async () => {
    const role = uniqueName('vc_kit_bypass');
    createdRoles.push(role);
    await onServer((client) => client.query(`CREATE ROLE ${role} NOLOGIN BYPASSRLS`));

    await expect(ensureAppRole(database.url, role)).rejects.toThrow(`Role ${role} exists with SUPERUSER or BYPASSRLS`);
  });
});

describe('an owner that is not a superuser, as in production', () => {
  const ownerRole = uniqueName('vc_kit_owner');
  const appRole = uniqueName('vc_kit_prod_app');
  const password = randomBytes(12).toString('hex');
  let database: TestDatabase;
  let ownerUrl: string;
  const dataSources: DataSource[] = [];
  const connect = async (extra: Record<string, unknown> = {}) => {
    const dataSource = await new DataSource({ type: 'postgres', url: ownerUrl, extra: { max: 2, ...extra } }).initialize();
    dataSources.push(dataSource);
    return dataSource;
  };

  beforeAll(async () => {
    database = await createTestDatabase('service_kit_owner');
    await onServer(async (client) => {
      await client.query(`CREATE ROLE ${ownerRole} LOGIN CREATEROLE PASSWORD ${client.escapeLiteral(password)}`);
      await client.query(`ALTER DATABASE ${pg.escapeIdentifier(database.name)} OWNER TO ${ownerRole}`);
    });
    const url = new URL(database.url);
    url.username = ownerRole;
    url.password = password;
    ownerUrl = url.toString();
  });

  afterAll(async () => {
    for (const dataSource of dataSources) await dataSource.destroy();
    await database?.drop();
    await onServer(async (client) => {
      for (const role of [appRole, ownerRole]) await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
    });
    for (const role of [appRole, ownerRole]) expect(await roleExists(role)).toBe(false);
  });

  it('lets the owner create the app role, switch its connections to it, and be bound by FORCE itself', async () => {
    const owner = await connect();
    await owner.query('CREATE TABLE note (centre_id uuid NOT NULL, body text NOT NULL)');
    for (const statement of tenantIsolationSql('note')) await owner.query(statement);
    await runInTenant(owner, { consortium: true }, (manager) => manager.query(`INSERT INTO note VALUES ($1, 'a1'), ($2, 'b1')`, [CENTRE_A, CENTRE_B]));

    await ensureAppRole(ownerUrl, appRole);
    const app = await connect(appRoleConnectionExtra(appRole));
    const [session] = await app.query('SELECT current_user AS name, session_user AS login');
    const visibleToA = await runInTenant(app, { centreId: CENTRE_A }, (manager) => manager.query('SELECT body FROM note'));
    const [{ count: ownerUnscoped }] = await owner.query('SELECT count(*)::int AS count FROM note');

    expect(session).toEqual({ name: appRole, login: ownerRole });
    expect(bodies(visibleToA)).toEqual(['a1']);
    expect(ownerUnscoped).toBe(0);
  });
});
