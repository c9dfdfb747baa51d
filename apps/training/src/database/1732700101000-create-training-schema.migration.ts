import { CENTRE_SETTING, CONSORTIUM_SETTING, tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_CENTRE = `nullif(current_setting('${CENTRE_SETTING}', true), '')::uuid`;
const CONSORTIUM = `current_setting('${CONSORTIUM_SETTING}', true) = 'on'`;

/**
 * Courses and sessions open to the consortium are readable by every centre (that is what "open"
 * means) but writable only by the centre offering them: a read policy beside the usual one.
 */
function sharedReadSql(table: string): string[] {
  return [
    ...tenantIsolationSql(table),
    `CREATE POLICY consortium_read ON ${table} FOR SELECT USING (open_to_consortium)`,
  ];
}

/**
 * An enrolment (or certificate) belongs to two centres: the one offering the session and the
 * participant's own. Both see and change it; nobody else does.
 */
function twoCentreSql(table: string): string[] {
  const condition = `centre_id = ${CURRENT_CENTRE} OR participant_centre_id = ${CURRENT_CENTRE} OR ${CONSORTIUM}`;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${table} FOR ALL USING (${condition}) WITH CHECK (${condition})`,
  ];
}

/**
 * The training schema. Every tenant row carries its centre and is guarded by row-level security
 * (FORCE; the service runs as a non-owner role). `centre` is reference data from registrations'
 * centre events (which region a centre is in), not a tenant's own data.
 */
export class CreateTrainingSchema1732700101000 implements MigrationInterface {
  name = 'CreateTrainingSchema1732700101000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE centre (
         id uuid PRIMARY KEY,
         region_id text NOT NULL,
         name text NOT NULL,
         municipalities text[] NOT NULL DEFAULT '{}'
       )`,
      // Only the name, from the restricted contact topic: certificates must carry it (ADR 20).
      `CREATE TABLE volunteer_name (
         volunteer_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         first_name text NOT NULL,
         last_name text NOT NULL
       )`,
      ...tenantIsolationSql('volunteer_name'),

      `CREATE TABLE course (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         title text NOT NULL,
         description text NOT NULL,
         audiences text[] NOT NULL,
         topics text[] NOT NULL DEFAULT '{}',
         skills text[] NOT NULL DEFAULT '{}',
         language text NOT NULL,
         price_cents integer NOT NULL CHECK (price_cents >= 0),
         open_to_consortium boolean NOT NULL,
         required_sessions integer NOT NULL CHECK (required_sessions >= 1),
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX course_centre ON course (centre_id, id)`,
      `CREATE INDEX course_shared ON course (id) WHERE open_to_consortium`,
      ...sharedReadSql('course'),

      `CREATE TABLE session (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         course_id uuid NOT NULL REFERENCES course (id),
         open_to_consortium boolean NOT NULL,
         starts_at timestamptz NOT NULL,
         ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
         enrolment_deadline timestamptz NOT NULL CHECK (enrolment_deadline <= starts_at),
         location text,
         online_url text,
         trainer_name text NOT NULL,
         capacity integer NOT NULL CHECK (capacity >= 1),
         status text NOT NULL DEFAULT 'scheduled',
         cancelled_at timestamptz,
         CHECK (location IS NOT NULL OR online_url IS NOT NULL)
       )`,
      `CREATE INDEX session_course ON session (course_id, starts_at)`,
      `CREATE INDEX session_centre_start ON session (centre_id, starts_at)`,
      ...sharedReadSql('session'),

      `CREATE TABLE enrolment (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         participant_centre_id uuid NOT NULL,
         session_id uuid NOT NULL REFERENCES session (id),
         course_id uuid NOT NULL REFERENCES course (id),
         volunteer_id text,
         organisation_id text,
         enrolled_by text NOT NULL,
         status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'cancelled')),
         waitlisted_at timestamptz,
         enrolled_at timestamptz,
         cancelled_at timestamptz,
         attended_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         erased_at timestamptz
       )`,
      // No double enrolment: one live enrolment per person and session (a cancelled one may be renewed).
      `CREATE UNIQUE INDEX enrolment_once ON enrolment (session_id, volunteer_id) WHERE status <> 'cancelled'`,
      `CREATE INDEX enrolment_waiting ON enrolment (session_id, waitlisted_at, id) WHERE status = 'waitlisted'`,
      `CREATE INDEX enrolment_volunteer ON enrolment (volunteer_id)`,
      `CREATE INDEX enrolment_centre_created ON enrolment (centre_id, created_at)`,
      ...twoCentreSql('enrolment'),

      `CREATE TABLE certificate (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         participant_centre_id uuid NOT NULL,
         volunteer_id text,
         kind text NOT NULL CHECK (kind IN ('course', 'mas-placement')),
         course_id uuid REFERENCES course (id),
         placement_id text,
         title text NOT NULL,
         issued_on date NOT NULL,
         verification_code text NOT NULL UNIQUE,
         status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'withdrawn')),
         withdrawn_at timestamptz
       )`,
      // Issued once: per person and course, per placement.
      `CREATE UNIQUE INDEX certificate_course_once ON certificate (course_id, volunteer_id) WHERE kind = 'course'`,
      `CREATE UNIQUE INDEX certificate_placement_once ON certificate (placement_id) WHERE kind = 'mas-placement'`,
      `CREATE INDEX certificate_volunteer ON certificate (volunteer_id)`,
      ...twoCentreSql('certificate'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['certificate', 'enrolment', 'session', 'course', 'volunteer_name', 'centre']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
