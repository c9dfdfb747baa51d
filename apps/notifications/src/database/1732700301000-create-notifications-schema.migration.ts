import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications schema. Every tenant row carries its centre and is guarded by row-level
 * security (FORCE; the service runs as a non-owner role). `centre` is reference data from
 * registrations' centre events (name, region) plus the centre's own email settings.
 */
export class CreateNotificationsSchema1732700301000 implements MigrationInterface {
  name = 'CreateNotificationsSchema1732700301000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE centre (
         id uuid PRIMARY KEY,
         region_id text NOT NULL,
         name text NOT NULL,
         email_from text,
         reply_to text
       )`,
      // The contact directory: only from the restricted contact topic, the latest record per person.
      `CREATE TABLE contact (
         volunteer_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         first_name text NOT NULL,
         last_name text NOT NULL,
         email text NOT NULL,
         phone text,
         language text NOT NULL CHECK (language IN ('nl', 'en')),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      ...tenantIsolationSql('contact'),

      // Opt-outs per category; transactional messages cannot be switched off (no row means opted in).
      `CREATE TABLE preference (
         volunteer_id text NOT NULL,
         centre_id uuid NOT NULL,
         category text NOT NULL CHECK (category IN ('updates', 'appreciation')),
         opted_out boolean NOT NULL,
         changed_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (volunteer_id, category)
       )`,
      ...tenantIsolationSql('preference'),

      // Wall-clock Europe/Amsterdam; start > end wraps midnight (22:00-07:00).
      `CREATE TABLE quiet_hours (
         volunteer_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         starts time NOT NULL,
         ends time NOT NULL CHECK (ends <> starts)
       )`,
      ...tenantIsolationSql('quiet_hours'),

      // One row per message per person, channel, rule and cause: the unique key is what makes a
      // redelivered event or two racing instances produce one message. Content is rendered at send
      // time from the directory, so a message waits for contact data that is still on its way.
      `CREATE TABLE delivery (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         volunteer_id text,
         channel text NOT NULL CHECK (channel IN ('email', 'in-app', 'sms')),
         template text NOT NULL,
         category text NOT NULL,
         delivery_key text NOT NULL UNIQUE,
         source_event_type text NOT NULL,
         variables jsonb NOT NULL DEFAULT '{}',
         status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped', 'cancelled')),
         attempts integer NOT NULL DEFAULT 0,
         next_attempt_at timestamptz NOT NULL DEFAULT now(),
         claimed_until timestamptz,
         recipient text,
         subject text,
         last_error text,
         created_at timestamptz NOT NULL DEFAULT now(),
         finished_at timestamptz
       )`,
      `CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending'`,
      `CREATE INDEX delivery_person ON delivery (volunteer_id)`,
      `CREATE INDEX delivery_centre ON delivery (centre_id, created_at DESC)`,
      ...tenantIsolationSql('delivery'),

      `CREATE TABLE in_app_message (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         volunteer_id text NOT NULL,
         delivery_id uuid NOT NULL UNIQUE,
         category text NOT NULL,
         title text NOT NULL,
         body text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         read_at timestamptz
       )`,
      `CREATE INDEX in_app_person ON in_app_message (volunteer_id, created_at DESC)`,
      ...tenantIsolationSql('in_app_message'),

      // The highest confirmed-hours total seen per person, for milestones.
      `CREATE TABLE volunteer_hours (
         volunteer_id text PRIMARY KEY,
         centre_id uuid NOT NULL,
         hours numeric NOT NULL
       )`,
      ...tenantIsolationSql('volunteer_hours'),

      // A scheduled appreciation run, claimed once per centre and year by whichever instance gets there first.
      `CREATE TABLE appreciation_run (
         centre_id uuid NOT NULL,
         kind text NOT NULL,
         year integer NOT NULL,
         claimed_at timestamptz NOT NULL DEFAULT now(),
         messages integer NOT NULL DEFAULT 0,
         PRIMARY KEY (centre_id, kind, year)
       )`,
      ...tenantIsolationSql('appreciation_run'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['appreciation_run', 'volunteer_hours', 'in_app_message', 'delivery', 'quiet_hours', 'preference', 'contact', 'centre']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
