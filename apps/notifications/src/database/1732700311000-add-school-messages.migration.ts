import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A school is an organisation; its coordinators are told when a student's MaS is signed off and the
 * message names the student (ADR 47). Such an organisation delivery keeps the student's id in
 * volunteer_id, so the volunteer's erasure (which blanks and cancels by volunteer_id) reaches it;
 * the name itself is only read from the volunteer directory at send time.
 */
export class AddSchoolMessages1732700311000 implements MigrationInterface {
  name = 'AddSchoolMessages1732700311000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_recipient`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT delivery_recipient CHECK (
         (recipient_kind = 'volunteer' AND staff_subject IS NULL AND business_id IS NULL)
         OR (recipient_kind = 'organisation' AND staff_subject IS NULL AND business_id IS NULL AND channel = 'email')
         OR (recipient_kind = 'business' AND volunteer_id IS NULL AND staff_subject IS NULL AND organisation_id IS NULL AND business_id IS NOT NULL AND channel = 'email')
         OR (recipient_kind = 'staff' AND volunteer_id IS NULL AND staff_subject IS NOT NULL AND channel = 'in-app'))`,
    );
    await queryRunner.query(`COMMENT ON COLUMN delivery.volunteer_id IS 'The volunteer the message is for; on an organisation delivery, the volunteer it is about (ADR 47)'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE delivery SET volunteer_id = NULL WHERE recipient_kind = 'organisation'`);
    await queryRunner.query(`COMMENT ON COLUMN delivery.volunteer_id IS NULL`);
    await queryRunner.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_recipient`);
    await queryRunner.query(
      `ALTER TABLE delivery ADD CONSTRAINT delivery_recipient CHECK (
         (recipient_kind = 'volunteer' AND staff_subject IS NULL AND business_id IS NULL)
         OR (recipient_kind = 'organisation' AND volunteer_id IS NULL AND staff_subject IS NULL AND business_id IS NULL AND channel = 'email')
         OR (recipient_kind = 'business' AND volunteer_id IS NULL AND staff_subject IS NULL AND organisation_id IS NULL AND business_id IS NOT NULL AND channel = 'email')
         OR (recipient_kind = 'staff' AND volunteer_id IS NULL AND staff_subject IS NOT NULL AND channel = 'in-app'))`,
    );
  }
}
