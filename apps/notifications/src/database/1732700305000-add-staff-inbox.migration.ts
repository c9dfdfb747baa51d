import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff as recipients of in-app messages only (ADR 44): no service publishes staff contact data,
 * so a consultant is addressed by their token subject and reads the message in their inbox.
 */
export class AddStaffInbox1732700305000 implements MigrationInterface {
  name = 'AddStaffInbox1732700305000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE delivery DROP CONSTRAINT delivery_recipient, DROP CONSTRAINT delivery_recipient_kind_check`,
      `ALTER TABLE delivery
         ADD COLUMN staff_subject text,
         ADD CONSTRAINT delivery_recipient_kind_check CHECK (recipient_kind IN ('volunteer', 'organisation', 'staff')),
         ADD CONSTRAINT delivery_recipient CHECK (
           (recipient_kind = 'volunteer' AND staff_subject IS NULL)
           OR (recipient_kind = 'organisation' AND volunteer_id IS NULL AND staff_subject IS NULL AND channel = 'email')
           OR (recipient_kind = 'staff' AND volunteer_id IS NULL AND staff_subject IS NOT NULL AND channel = 'in-app'))`,
      // A message belongs to exactly one reader: a volunteer (by volunteer id) or a staff member (by subject).
      `ALTER TABLE in_app_message
         ALTER COLUMN volunteer_id DROP NOT NULL,
         ADD COLUMN staff_subject text,
         ADD CONSTRAINT in_app_message_reader CHECK (num_nonnulls(volunteer_id, staff_subject) = 1)`,
      `CREATE INDEX in_app_staff ON in_app_message (staff_subject, created_at DESC) WHERE staff_subject IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DELETE FROM in_app_message WHERE staff_subject IS NOT NULL`,
      `DROP INDEX IF EXISTS in_app_staff`,
      `ALTER TABLE in_app_message DROP CONSTRAINT in_app_message_reader, DROP COLUMN staff_subject, ALTER COLUMN volunteer_id SET NOT NULL`,
      `DELETE FROM delivery WHERE recipient_kind = 'staff'`,
      `ALTER TABLE delivery DROP CONSTRAINT delivery_recipient, DROP CONSTRAINT delivery_recipient_kind_check, DROP COLUMN staff_subject`,
      `ALTER TABLE delivery
         ADD CONSTRAINT delivery_recipient_kind_check CHECK (recipient_kind IN ('volunteer', 'organisation')),
         ADD CONSTRAINT delivery_recipient CHECK (recipient_kind = 'volunteer' OR (volunteer_id IS NULL AND channel = 'email'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
