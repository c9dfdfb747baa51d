import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables every service needs. Services list this class in their TypeORM
 * migrations; the timestamp in its name orders it before any service's own migrations.
 *
 * A NULL `value` is a tombstone: on a compacted (restricted) topic it erases the key.
 *
 * outbox_message holds only what is not yet on Kafka: the relay deletes rows once Kafka has
 * acknowledged them (an update would rewrite every index; Kafka is the record of what was sent).
 * `bucket` spreads aggregates over a fixed number of relay work units; one relay at a time holds a
 * bucket, which is what keeps one aggregate's events in order with several relays.
 */
export class CreateMessagingTables1732700000000 implements MigrationInterface {
  name = 'CreateMessagingTables1732700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        position        bigserial PRIMARY KEY,
        event_id        uuid NOT NULL,
        event_type      text NOT NULL,
        topic           text NOT NULL,
        message_key     text NOT NULL,
        bucket          smallint NOT NULL,
        headers         jsonb NOT NULL,
        value           text,
        created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts        integer NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        last_error      text
      )`);
    await queryRunner.query(`CREATE INDEX outbox_message_bucket ON outbox_message (bucket, position)`);
    await queryRunner.query(`
      CREATE TABLE inbox_message (
        consumer_group text NOT NULL,
        event_id       uuid NOT NULL,
        event_type     text NOT NULL,
        topic          text NOT NULL,
        kafka_partition integer NOT NULL,
        kafka_offset   bigint NOT NULL,
        handled_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox_message`);
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}
