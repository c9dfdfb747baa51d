import type { DataSource, EntityManager } from 'typeorm';
import { CENTRE_SETTING, CONSORTIUM_SETTING } from './tenant-isolation.sql.js';

/** One centre, or every centre for consortium-wide roles: the choice is always explicit. */
export type TenantScope = { centreId: string } | { consortium: true };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `work` in a transaction whose rows are limited by row-level security to the scope (see
 * tenantIsolationSql). The settings are transaction-local, so a pooled connection carries nothing
 * over to its next user. Use the given manager for every query that should be scoped.
 */
export async function runInTenant<T>(dataSource: DataSource, scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const [centreId, consortium] = settingsOf(scope);
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('${CENTRE_SETTING}', $1, true), set_config('${CONSORTIUM_SETTING}', $2, true)`, [centreId, consortium]);
    return work(manager);
  });
}

function settingsOf(scope: TenantScope): [centreId: string, consortium: 'on' | 'off'] {
  if ('consortium' in scope) {
    if (scope.consortium !== true) throw new Error('A consortium scope must say { consortium: true }');
    return ['', 'on'];
  }
  // Checked here so a bad id fails with a clear message instead of a cast error inside some later query.
  if (typeof scope.centreId !== 'string' || !UUID.test(scope.centreId)) throw new Error(`centreId must be a UUID (got ${JSON.stringify(scope.centreId)})`);
  return [scope.centreId, 'off'];
}
