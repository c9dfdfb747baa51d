import { runInTenant } from '@vc/service-kit';
import type { DataSource } from 'typeorm';

/**
 * Deletes change-log rows older than the retention and records the highest (xid, seq) it deleted,
 * so a replica whose cursor is below it reloads instead of missing them. Only rows below the
 * snapshot's xmin: then a replica that reloads starts past every row deleted. Safe on several
 * replicas at once. Returns how many rows went.
 */
export async function pruneChangeLog(dataSource: DataSource, retentionMs: number): Promise<number> {
  return runInTenant(dataSource, { consortium: true }, async (manager) => {
    const [{ count }] = (await manager.query(
      `WITH gone AS (
         DELETE FROM read_model_change_log
          WHERE written_at < clock_timestamp() - make_interval(secs => $1::float8 / 1000)
            AND xid < pg_snapshot_xmin(pg_current_snapshot())
         RETURNING xid, seq
       ), highest AS (
         INSERT INTO read_model_change_log_pruned (id, xid, seq)
         SELECT true, xid, seq FROM gone ORDER BY xid DESC, seq DESC LIMIT 1
         ON CONFLICT (id) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq
          WHERE (read_model_change_log_pruned.xid, read_model_change_log_pruned.seq) < (EXCLUDED.xid, EXCLUDED.seq)
       )
       SELECT count(*)::int AS count FROM gone`,
      [retentionMs],
    )) as [{ count: number }];
    return count;
  });
}
