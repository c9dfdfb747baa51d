import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the volunteer-facing scheduled rules remember: vacancy titles (public, from registrations'
 * vacancy events, for the digest and the introduction message), each proposal until a daily digest
 * has listed it, and each volunteer's registration date for anniversaries.
 */
export class AddDigestsAndAnniversaries1732700304000 implements MigrationInterface {
  name = 'AddDigestsAndAnniversaries1732700304000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Only the title: vacancy events carry no personal data, and this keeps none either.
      `CREATE TABLE vacancy_title (
         vacancy_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         title text NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...tenantIsolationSql('vacancy_title'),

      // A proposal (match) waiting for the volunteer's daily digest. Closed once the volunteer
      // answered or the match was withdrawn; digested_on is the Amsterdam day of the digest that listed it.
      `CREATE TABLE suggestion (
         match_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         volunteer_id text NOT NULL,
         vacancy_id text NOT NULL,
         proposed_at timestamptz NOT NULL,
         open boolean NOT NULL DEFAULT true,
         digested_on date
       )`,
      `CREATE INDEX suggestion_waiting ON suggestion (volunteer_id) WHERE open AND digested_on IS NULL`,
      ...tenantIsolationSql('suggestion'),

      // The first registration date per volunteer (Amsterdam day) and its MM-DD (to_char is not
      // immutable, so it cannot be indexed as an expression); thanked_year is the last anniversary thanked.
      `CREATE TABLE volunteer_anniversary (
         volunteer_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         registered_on date NOT NULL,
         month_day text NOT NULL CHECK (month_day ~ '^[0-1][0-9]-[0-3][0-9]$'),
         thanked_year integer
       )`,
      `CREATE INDEX volunteer_anniversary_day ON volunteer_anniversary (month_day)`,
      ...tenantIsolationSql('volunteer_anniversary'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['volunteer_anniversary', 'suggestion', 'vacancy_title']) await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
