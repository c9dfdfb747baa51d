import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations as recipients (ADR 43): their coordinators from the restricted organisation contact
 * topic, and deliveries that say whom they are for. An organisation message is queued once for the
 * organisation and split into one delivery per coordinator when its contact data is there.
 */
export class AddOrganisationContacts1732700303000 implements MigrationInterface {
  name = 'AddOrganisationContacts1732700303000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // The latest record per organisation; coordinators as [{name, email, phone?}].
      `CREATE TABLE organisation_contact (
         organisation_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         organisation_name text NOT NULL,
         coordinators jsonb NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...tenantIsolationSql('organisation_contact'),

      // coordinator_email NULL: queued for the whole organisation, not yet split per coordinator.
      `ALTER TABLE delivery
         ADD COLUMN recipient_kind text NOT NULL DEFAULT 'volunteer' CHECK (recipient_kind IN ('volunteer', 'organisation')),
         ADD COLUMN organisation_id text,
         ADD COLUMN coordinator_email text,
         ADD CONSTRAINT delivery_recipient CHECK (recipient_kind = 'volunteer' OR (volunteer_id IS NULL AND channel = 'email'))`,
      `CREATE INDEX delivery_organisation ON delivery (organisation_id) WHERE organisation_id IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM delivery WHERE recipient_kind = 'organisation'`);
    await queryRunner.query(`DROP INDEX IF EXISTS delivery_organisation`);
    await queryRunner.query(
      `ALTER TABLE delivery DROP CONSTRAINT delivery_recipient, DROP COLUMN coordinator_email, DROP COLUMN organisation_id, DROP COLUMN recipient_kind`,
    );
    await queryRunner.query(`DROP TABLE IF EXISTS organisation_contact`);
  }
}
