import { dropTenantIsolationSql, tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const WORKFLOW_TABLES = [
  'match',
  'match_transition',
  'activity_booking',
  'mediation_case',
  'mediation_note',
  'mediation_note_read',
  'mediation_follow_up',
  'placement',
  'hours_entry',
  'volunteer_hours_total',
] as const;

/**
 * Matches, mediation cases and placements: what matching itself decides (the read models only
 * mirror registrations). Every row carries its centre under row-level security (FORCE).
 *
 * - A volunteer has at most one open match per vacancy (partial unique index).
 * - activity_booking counts the places of a one-off activity taken through sign-ups; its CHECK is
 *   the last word against overbooking, whatever the code above it does.
 * - Mediation notes, the referral reason and goals live only here; every read of them is written
 *   to mediation_note_read.
 * - Erasure sets volunteer_id (and everything personal) to NULL and keeps the rows as counts.
 */
export class CreateMatchesMediationPlacements1732800101000 implements MigrationInterface {
  name = 'CreateMatchesMediationPlacements1732800101000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE match (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         volunteer_id uuid,
         vacancy_id uuid NOT NULL,
         organisation_id uuid NOT NULL,
         mediation_case_id uuid,
         origin text NOT NULL,
         status text NOT NULL,
         proposed_by text,
         proposed_on date NOT NULL,
         started_on date,
         ended_on date,
         outcome text,
         evaluation text,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX match_open_once ON match (volunteer_id, vacancy_id)
         WHERE status IN ('proposed', 'interested', 'introduced', 'accepted', 'started')`,
      `CREATE INDEX match_centre ON match (centre_id, id DESC)`,
      `CREATE INDEX match_volunteer ON match (volunteer_id)`,
      `CREATE INDEX match_case ON match (mediation_case_id) WHERE mediation_case_id IS NOT NULL`,
      `CREATE TABLE match_transition (
         id bigserial PRIMARY KEY,
         match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL,
         from_status text,
         to_status text NOT NULL,
         actor text NOT NULL,
         actor_subject text,
         at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX match_transition_match ON match_transition (match_id, id)`,
      `CREATE TABLE activity_booking (
         vacancy_id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         capacity integer NOT NULL,
         taken integer NOT NULL,
         CHECK (taken >= 0 AND taken <= capacity)
       )`,
      `CREATE TABLE mediation_case (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         volunteer_id uuid,
         status text NOT NULL,
         source_organisation text,
         referrer_subject text,
         referral_reason text,
         consent_given_at timestamptz NOT NULL,
         consent_withdrawn_at timestamptz,
         consultant_id text,
         referred_on date NOT NULL,
         intake_on date,
         goals text,
         placed_on date,
         placement_match_id uuid,
         closed_on date,
         outcome text,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX mediation_case_centre ON mediation_case (centre_id, id DESC)`,
      `CREATE INDEX mediation_case_referrer ON mediation_case (referrer_subject, id DESC)`,
      `CREATE INDEX mediation_case_volunteer ON mediation_case (volunteer_id)`,
      `CREATE TABLE mediation_note (
         id uuid PRIMARY KEY,
         case_id uuid NOT NULL REFERENCES mediation_case (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL,
         author text NOT NULL,
         written_at timestamptz NOT NULL DEFAULT now(),
         text text NOT NULL
       )`,
      `CREATE INDEX mediation_note_case ON mediation_note (case_id, written_at)`,
      `CREATE TABLE mediation_note_read (
         id bigserial PRIMARY KEY,
         centre_id uuid NOT NULL,
         case_id uuid NOT NULL,
         read_by text NOT NULL,
         read_at timestamptz NOT NULL DEFAULT now(),
         correlation_id text
       )`,
      `CREATE TABLE mediation_follow_up (
         id uuid PRIMARY KEY,
         case_id uuid NOT NULL REFERENCES mediation_case (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         kind text NOT NULL,
         due_on date NOT NULL,
         reminded_at timestamptz,
         done_on date,
         UNIQUE (case_id, kind)
       )`,
      `CREATE INDEX mediation_follow_up_due ON mediation_follow_up (due_on) WHERE reminded_at IS NULL`,
      `CREATE TABLE placement (
         id uuid PRIMARY KEY,
         match_id uuid NOT NULL UNIQUE REFERENCES match (id),
         centre_id uuid NOT NULL,
         region_id text NOT NULL,
         volunteer_id uuid,
         vacancy_id uuid NOT NULL,
         organisation_id uuid NOT NULL,
         status text NOT NULL,
         mas boolean NOT NULL,
         required_hours numeric(7, 2),
         school_organisation_id uuid,
         started_on date NOT NULL,
         completed_on date,
         confirmed_hours numeric(9, 2) NOT NULL DEFAULT 0,
         signed_off_by text,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX placement_volunteer ON placement (volunteer_id)`,
      `CREATE TABLE hours_entry (
         id uuid PRIMARY KEY,
         placement_id uuid NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL,
         worked_on date NOT NULL,
         hours numeric(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
         status text NOT NULL,
         logged_at timestamptz NOT NULL DEFAULT now(),
         confirmed_at timestamptz,
         confirmed_by text
       )`,
      `CREATE INDEX hours_entry_placement ON hours_entry (placement_id, worked_on)`,
      `CREATE TABLE volunteer_hours_total (
         volunteer_id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         confirmed_hours numeric(10, 2) NOT NULL
       )`,
      ...WORKFLOW_TABLES.flatMap((table) => tenantIsolationSql(table)),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...WORKFLOW_TABLES].reverse()) {
      for (const statement of dropTenantIsolationSql(table)) await queryRunner.query(statement);
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
