import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What recommendations need from other services, kept from their events (never their databases):
 * vacancies' skills (registrations), volunteers' own skills (registrations), and which vacancies
 * were proposed to whom (matching). All pseudonymous; all erased with the volunteer.
 */
export class AddRecommendationReadModels1732700103000 implements MigrationInterface {
  name = 'AddRecommendationReadModels1732700103000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE vacancy_skills (
         vacancy_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         skills text[] NOT NULL,
         open boolean NOT NULL
       )`,
      `CREATE INDEX vacancy_skills_open ON vacancy_skills (centre_id) WHERE open`,
      ...tenantIsolationSql('vacancy_skills'),
      `CREATE TABLE volunteer_skills (
         volunteer_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         skills text[] NOT NULL
       )`,
      ...tenantIsolationSql('volunteer_skills'),
      `CREATE TABLE suggested_vacancy (
         volunteer_id text NOT NULL,
         vacancy_id text NOT NULL,
         centre_id uuid NOT NULL,
         PRIMARY KEY (volunteer_id, vacancy_id)
       )`,
      ...tenantIsolationSql('suggested_vacancy'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['suggested_vacancy', 'volunteer_skills', 'vacancy_skills']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
