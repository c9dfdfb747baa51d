import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The resume scheduler looks for paused volunteers whose last day has passed, every few minutes. */
export class IndexPausedVolunteers1732700005000 implements MigrationInterface {
  name = 'IndexPausedVolunteers1732700005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX volunteer_paused_until ON volunteer (paused_until) WHERE status = 'paused'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX volunteer_paused_until`);
  }
}
