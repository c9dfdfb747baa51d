import { dropTenantIsolationSql, tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables built only from registrations' events; every row carries its centre and region. */
export const READ_MODEL_TABLES = ['centre', 'organisation', 'volunteer', 'vacancy', 'erased_volunteer_count'] as const;

/**
 * Matching's read models of registrations' volunteers, vacancies, organisations and centres. They
 * hold what the events carry and nothing else (pseudonymous volunteers: no name, contact data or
 * date of birth). Dates are kept as the events' `YYYY-MM-DD` text, so a rebuild reproduces every
 * value exactly. `last_event_id` / `last_event_at` say which event a row reflects.
 *
 * Row-level security (FORCE) on every table; the event consumer writes with an explicit
 * consortium-wide scope, requests read within the caller's centre.
 */
export class CreateReadModels1732800001000 implements MigrationInterface {
  name = 'CreateReadModels1732800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE centre (
         centre_id uuid PRIMARY KEY,
         region_id text NOT NULL,
         name text NOT NULL,
         municipalities text[] NOT NULL,
         shares_vacancies boolean NOT NULL,
         last_event_id uuid NOT NULL,
         last_event_at timestamptz NOT NULL
       )`,
      `CREATE TABLE organisation (
         organisation_id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         name text NOT NULL,
         sector text NOT NULL,
         postcode_area text NOT NULL,
         status text NOT NULL,
         last_event_id uuid NOT NULL,
         last_event_at timestamptz NOT NULL
       )`,
      `CREATE TABLE volunteer (
         volunteer_id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         status text NOT NULL,
         paused_until text,
         skills text[] NOT NULL,
         interests text[] NOT NULL,
         availability text[] NOT NULL,
         hours_per_week double precision,
         postcode_area text,
         travel_radius_km integer NOT NULL,
         languages text[] NOT NULL,
         dutch_level text,
         age_band text,
         vog_valid_until text,
         is_student boolean NOT NULL,
         needs_guidance boolean NOT NULL,
         last_event_id uuid NOT NULL,
         last_event_at timestamptz NOT NULL
       )`,
      `CREATE INDEX volunteer_centre ON volunteer (centre_id)`,
      `CREATE TABLE vacancy (
         vacancy_id uuid PRIMARY KEY,
         organisation_id uuid NOT NULL,
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         kind text NOT NULL,
         status text NOT NULL,
         title text NOT NULL,
         sector text NOT NULL,
         skills text[] NOT NULL,
         vog_required boolean NOT NULL,
         minimum_age integer,
         dutch_level text,
         suitable_for_students boolean NOT NULL,
         suitable_for_newcomers boolean NOT NULL,
         suitable_with_guidance boolean NOT NULL,
         remote boolean NOT NULL,
         postcode_area text,
         activity_date text,
         start_time text,
         end_time text,
         places integer,
         places_left integer,
         availability text[] NOT NULL,
         hours_per_week double precision,
         starts_on text,
         ends_on text,
         last_event_id uuid NOT NULL,
         last_event_at timestamptz NOT NULL
       )`,
      `CREATE INDEX vacancy_centre ON vacancy (centre_id)`,
      // Erasure keeps only how many people of a centre were erased: no id, nothing else.
      `CREATE TABLE erased_volunteer_count (
         centre_id uuid PRIMARY KEY,
         region_id text NOT NULL,
         erased integer NOT NULL
       )`,
      ...READ_MODEL_TABLES.flatMap((table) => tenantIsolationSql(table)),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...READ_MODEL_TABLES].reverse()) {
      for (const statement of dropTenantIsolationSql(table)) await queryRunner.query(statement);
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
