import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The table behind the Idempotency-Key header. List it in a service's migrations after
 * CreateMessagingTables1732700000000. Not tenant-scoped: a key belongs to a caller (`scope`:
 * subject or client IP, and route), not to a centre, and row-level security is not enabled on it.
 */
export class CreateIdempotencyTable1732700000100 implements MigrationInterface {
  name = 'CreateIdempotencyTable1732700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        scope           text NOT NULL,
        key             text NOT NULL,
        request_hash    text NOT NULL,
        attempt_id      uuid NOT NULL,
        response_status smallint,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        completed_at    timestamptz,
        PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}
