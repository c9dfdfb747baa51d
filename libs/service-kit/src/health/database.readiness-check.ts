import type { DataSource } from 'typeorm';
import type { ReadinessCheck } from './readiness-check.js';

export function databaseReadinessCheck(dataSource: DataSource, name = 'database'): ReadinessCheck {
  return {
    name,
    async check() {
      // Never initialize from a probe: a DataSource that failed at start is a start-up failure to fix, not to retry here.
      if (!dataSource.isInitialized) throw new Error('not connected: DataSource.initialize() has not succeeded');
      await dataSource.query('SELECT 1');
    },
  };
}
