import { dropTenantIsolationSql, tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed every replica's suggestion index follows (ADR 13): each read-model change, written
 * in the consumer's transaction with that transaction's id, so readers can take rows in commit-safe
 * order (only xids below their snapshot's xmin, by xid then seq). `subject_id` is the volunteer a row
 * is about, so an erasure can delete what the log held about them; `centre_id` is NULL for a status
 * change (it names only the volunteer), which row-level security then shows consortium-wide only.
 * `read_model_change_log_pruned` keeps the highest (xid, seq) pruning deleted: a replica whose cursor
 * is below it may have missed rows and reloads from the tables. It holds no tenant data.
 */
export class CreateReadModelChangeLog1732800002000 implements MigrationInterface {
  name = 'CreateReadModelChangeLog1732800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE read_model_change_log (
         seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
         written_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         kind text NOT NULL,
         centre_id uuid,
         subject_id uuid,
         change jsonb NOT NULL
       )`,
      `CREATE INDEX read_model_change_log_order ON read_model_change_log (xid, seq)`,
      `CREATE INDEX read_model_change_log_subject ON read_model_change_log (subject_id) WHERE subject_id IS NOT NULL`,
      `CREATE INDEX read_model_change_log_written ON read_model_change_log (written_at)`,
      ...tenantIsolationSql('read_model_change_log'),
      `CREATE TABLE read_model_change_log_pruned (
         id boolean PRIMARY KEY DEFAULT true CHECK (id),
         xid xid8 NOT NULL,
         seq bigint NOT NULL
       )`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE read_model_change_log_pruned`);
    for (const statement of dropTenantIsolationSql('read_model_change_log')) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE read_model_change_log`);
  }
}
