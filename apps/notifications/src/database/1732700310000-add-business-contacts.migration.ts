import { dropTenantIsolationSql, tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Businesses as recipients (ADR 46): their contact persons from partnerships' restricted business
 * contact topic, and deliveries for a business, queued once for it and split per contact address at
 * send time like an organisation's. The split delivery's address column serves both kinds now, so
 * it is renamed from coordinator_email to contact_email.
 */
export class AddBusinessContacts1732700310000 implements MigrationInterface {
  name = 'AddBusinessContacts1732700310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // The latest record per business; contacts as [{name, email, phone?}].
      `CREATE TABLE business_contact (
         business_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         business_name text NOT NULL,
         contacts jsonb NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...tenantIsolationSql('business_contact'),

      `ALTER TABLE delivery RENAME COLUMN coordinator_email TO contact_email`,
      `ALTER TABLE delivery DROP CONSTRAINT delivery_recipient, DROP CONSTRAINT delivery_recipient_kind_check`,
      `ALTER TABLE delivery
         ADD COLUMN business_id text,
         ADD CONSTRAINT delivery_recipient_kind_check CHECK (recipient_kind IN ('volunteer', 'organisation', 'business', 'staff')),
         ADD CONSTRAINT delivery_recipient CHECK (
           (recipient_kind = 'volunteer' AND staff_subject IS NULL AND business_id IS NULL)
           OR (recipient_kind = 'organisation' AND volunteer_id IS NULL AND staff_subject IS NULL AND business_id IS NULL AND channel = 'email')
           OR (recipient_kind = 'business' AND volunteer_id IS NULL AND staff_subject IS NULL AND organisation_id IS NULL AND business_id IS NOT NULL AND channel = 'email')
           OR (recipient_kind = 'staff' AND volunteer_id IS NULL AND staff_subject IS NOT NULL AND channel = 'in-app'))`,
      `CREATE INDEX delivery_business ON delivery (business_id) WHERE business_id IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DELETE FROM delivery WHERE recipient_kind = 'business'`,
      `DROP INDEX IF EXISTS delivery_business`,
      `ALTER TABLE delivery DROP CONSTRAINT delivery_recipient, DROP CONSTRAINT delivery_recipient_kind_check, DROP COLUMN business_id`,
      `ALTER TABLE delivery
         ADD CONSTRAINT delivery_recipient_kind_check CHECK (recipient_kind IN ('volunteer', 'organisation', 'staff')),
         ADD CONSTRAINT delivery_recipient CHECK (
           (recipient_kind = 'volunteer' AND staff_subject IS NULL)
           OR (recipient_kind = 'organisation' AND volunteer_id IS NULL AND staff_subject IS NULL AND channel = 'email')
           OR (recipient_kind = 'staff' AND volunteer_id IS NULL AND staff_subject IS NOT NULL AND channel = 'in-app'))`,
      `ALTER TABLE delivery RENAME COLUMN contact_email TO coordinator_email`,
      ...dropTenantIsolationSql('business_contact'),
      `DROP TABLE IF EXISTS business_contact`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
