import { assertSqlIdentifier, assertTableName } from './sql-identifier.js';

/** Transaction-local settings runInTenant sets and the tenant policies read. */
export const CENTRE_SETTING = 'app.centre_id';
export const CONSORTIUM_SETTING = 'app.consortium';

/** Policy names are per table, so every tenant table's policy has this one name. */
export const TENANT_POLICY = 'tenant_isolation';

/**
 * Statements for a migration that make PostgreSQL itself keep centres apart on `table`, so a query
 * that forgets its `WHERE centre_id = …` leaks nothing. A row is visible and writable when its
 * centre is the transaction's `app.centre_id`, or when the transaction declared consortium-wide
 * access (`app.consortium = 'on'`): consortium views are explicit, never a missing filter.
 * Without either setting, nothing is visible and nothing can be written.
 *
 * FORCE makes the policy bind the table's owner too. It still does not bind superusers or roles
 * with BYPASSRLS, which is why the service runs its queries as a non-owner app role without
 * BYPASSRLS (see ensureAppRole) and only its migrations as the owner.
 */
export function tenantIsolationSql(table: string, column = 'centre_id'): string[] {
  assertTableName(table);
  assertSqlIdentifier(column, 'Column');
  // current_setting(…, true) is NULL when never set in the session and '' after a transaction-local
  // value ended: nullif turns both into NULL, which matches no row.
  const condition =
    `${column} = nullif(current_setting('${CENTRE_SETTING}', true), '')::uuid ` +
    `OR current_setting('${CONSORTIUM_SETTING}', true) = 'on'`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${TENANT_POLICY} ON ${table} FOR ALL USING (${condition}) WITH CHECK (${condition})`,
  ];
}

/** The reverse of tenantIsolationSql, for a migration's down(). */
export function dropTenantIsolationSql(table: string): string[] {
  assertTableName(table);
  return [
    `DROP POLICY IF EXISTS ${TENANT_POLICY} ON ${table}`,
    `ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`,
  ];
}
