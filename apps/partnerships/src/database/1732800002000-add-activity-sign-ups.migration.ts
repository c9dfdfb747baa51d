import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ups for one-off activities as matching publishes them (`matching.match.*`), one row per
 * match: a campaign shows places wanted against places taken without asking matching anything.
 */
export class AddActivitySignUps1732800002000 implements MigrationInterface {
  name = 'AddActivitySignUps1732800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE activity_sign_up (
         match_id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         vacancy_id uuid NOT NULL,
         -- accepted, started or ended: the volunteer has (or had) one of the activity's places
         takes_place boolean NOT NULL,
         changed_at timestamptz NOT NULL
       )`,
      `CREATE INDEX activity_sign_up_vacancy ON activity_sign_up (vacancy_id) WHERE takes_place`,
      ...tenantIsolationSql('activity_sign_up'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE activity_sign_up`);
  }
}
