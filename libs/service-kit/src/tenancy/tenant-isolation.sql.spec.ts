import type { DataSource } from 'typeorm';
import { appRoleConnectionExtra } from './app-role.js';
import { runInTenant } from './run-in-tenant.js';
import { dropTenantIsolationSql, tenantIsolationSql } from './tenant-isolation.sql.js';

const CONDITION =
  "centre_id = nullif(current_setting('app.centre_id', true), '')::uuid OR current_setting('app.consortium', true) = 'on'";

describe('tenantIsolationSql', () => {
  it('enables and forces row-level security and guards reads and writes with one condition', () => {
    expect(tenantIsolationSql('volunteer')).toEqual([
      'ALTER TABLE volunteer ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE volunteer FORCE ROW LEVEL SECURITY',
      `CREATE POLICY tenant_isolation ON volunteer FOR ALL USING (${CONDITION}) WITH CHECK (${CONDITION})`,
    ]);
  });

  it('takes another column and a schema-qualified table', () => {
    const [, , policy] = tenantIsolationSql('registrations.centre', 'id');

    expect(policy).toBe(
      "CREATE POLICY tenant_isolation ON registrations.centre FOR ALL USING (id = nullif(current_setting('app.centre_id', true), '')::uuid " +
        "OR current_setting('app.consortium', true) = 'on') WITH CHECK (id = nullif(current_setting('app.centre_id', true), '')::uuid " +
        "OR current_setting('app.consortium', true) = 'on')",
    );
  });

  it('undoes itself for a down migration', () => {
    expect(dropTenantIsolationSql('volunteer')).toEqual([
      'DROP POLICY IF EXISTS tenant_isolation ON volunteer',
      'ALTER TABLE volunteer NO FORCE ROW LEVEL SECURITY',
      'ALTER TABLE volunteer DISABLE ROW LEVEL SECURITY',
    ]);
  });

  it.each([
    ['a table with a quote', () => tenantIsolationSql("volunteer'; DROP TABLE x; --")],
    ['a table in capitals', () => tenantIsolationSql('Volunteer')],
    ['a three-part table name', () => tenantIsolationSql('db.public.volunteer')],
    ['a column with a space', () => tenantIsolationSql('volunteer', 'centre id')],
    ['a role with a space', () => appRoleConnectionExtra('app role')],
    ['a role that smuggles another setting', () => appRoleConnectionExtra('app -c role=postgres')],
  ])('refuses %s, since names are spliced into SQL', (_case, build) => {
    expect(build).toThrow(/must be/);
  });
});

describe('appRoleConnectionExtra', () => {
  it('switches every connection of the pool to the role at start', () => {
    expect(appRoleConnectionExtra('registrations_app')).toEqual({ options: '-c role=registrations_app' });
  });
});

describe('runInTenant', () => {
  // Validation happens before any transaction; a DataSource that is never touched proves it.
  const untouched = {
    transaction: () => {
      throw new Error('no transaction expected');
    },
  } as unknown as DataSource;

  it.each([
    ['a centre id that is not a UUID', { centreId: 'centre-utrecht' }, 'centreId must be a UUID (got "centre-utrecht")'],
    ['an empty centre id', { centreId: '' }, 'centreId must be a UUID (got "")'],
    ['a consortium scope that is not true', { consortium: false }, 'A consortium scope must say { consortium: true }'],
  ])('refuses %s before it starts a transaction', async (_case, scope, message) => {
    await expect(runInTenant(untouched, scope as never, async () => 'work')).rejects.toThrow(message);
  });
});
