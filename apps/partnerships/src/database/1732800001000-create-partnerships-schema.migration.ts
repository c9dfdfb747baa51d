import { tenantIsolationSql } from '@vc/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partnerships schema. Centres, organisations and one-off activities are read models fed by
 * registrations' events; the rest is this service's own. Every row carries its centre and is
 * guarded by row-level security (FORCE, policies on `app.centre_id`).
 *
 * Contact persons of businesses are the only personal data here (business.contact_*); the deal
 * ledger refers to people only by the account that confirmed a deal form, which removing the
 * contact person anonymises too.
 */
export class CreatePartnershipsSchema1732800001000 implements MigrationInterface {
  name = 'CreatePartnershipsSchema1732800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE centre (
         id uuid PRIMARY KEY,
         region_id text NOT NULL,
         name text NOT NULL,
         municipalities text[] NOT NULL DEFAULT '{}'
       )`,
      // Read models carry no foreign key to centre: registrations' topics are not ordered with
      // each other, so an organisation may arrive before its centre.
      `CREATE TABLE organisation (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         name text NOT NULL,
         sector text NOT NULL,
         postcode_area text NOT NULL,
         status text NOT NULL
       )`,
      `CREATE TABLE one_off_activity (
         vacancy_id uuid PRIMARY KEY,
         centre_id uuid NOT NULL,
         organisation_id uuid NOT NULL,
         title text NOT NULL,
         sector text NOT NULL,
         postcode_area text,
         activity_date date NOT NULL,
         start_time text NOT NULL,
         end_time text NOT NULL,
         places integer NOT NULL,
         places_left integer,
         status text NOT NULL
       )`,
      `CREATE INDEX one_off_activity_date ON one_off_activity (centre_id, activity_date)`,
      `CREATE TABLE business (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         name text NOT NULL,
         kvk_number char(8) NOT NULL,
         size text NOT NULL,
         sector text NOT NULL,
         postcode_area text,
         contact_name text,
         contact_email text,
         contact_phone text,
         contact_account text,
         contact_removed_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE UNIQUE INDEX business_kvk ON business (centre_id, kvk_number)`,
      `CREATE INDEX business_contact_account ON business (contact_account) WHERE contact_account IS NOT NULL`,
      `CREATE TABLE offer (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         business_id uuid NOT NULL REFERENCES business (id),
         kind text NOT NULL,
         employee_time_format text,
         category text NOT NULL,
         title text NOT NULL,
         description text NOT NULL,
         skills text[] NOT NULL DEFAULT '{}',
         hours numeric(8, 1),
         quantity integer,
         unit text,
         available_from date,
         available_until date,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE need (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         organisation_id uuid NOT NULL REFERENCES organisation (id),
         category text NOT NULL,
         title text NOT NULL,
         description text NOT NULL,
         skills text[] NOT NULL DEFAULT '{}',
         quantity integer,
         unit text,
         needed_by date,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE beursvloer (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         name text NOT NULL,
         date date NOT NULL,
         place text NOT NULL,
         postcode_area text,
         business_ids uuid[] NOT NULL DEFAULT '{}',
         organisation_ids uuid[] NOT NULL DEFAULT '{}',
         offer_ids uuid[] NOT NULL DEFAULT '{}',
         need_ids uuid[] NOT NULL DEFAULT '{}',
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE deal (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         beursvloer_id uuid REFERENCES beursvloer (id),
         business_id uuid NOT NULL REFERENCES business (id),
         organisation_id uuid NOT NULL REFERENCES organisation (id),
         offer_id uuid REFERENCES offer (id),
         need_id uuid REFERENCES need (id),
         category text NOT NULL,
         description text NOT NULL,
         contact_party text NOT NULL,
         employee_hours numeric(8, 1),
         status text NOT NULL,
         confirmations jsonb NOT NULL DEFAULT '{}',
         ratified_at timestamptz,
         contact_due_on date,
         follow_up_requested_at timestamptz,
         contacted_at timestamptz,
         carried_out_at timestamptz,
         not_feasible_at timestamptz,
         not_feasible_reason text,
         estimated_value_eur integer,
         valuation_method text,
         value_validated_by text,
         pledged_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX deal_centre ON deal (centre_id, pledged_at)`,
      `CREATE INDEX deal_contact_due ON deal (contact_due_on) WHERE status = 'ratified' AND follow_up_requested_at IS NULL`,
      `CREATE TABLE campaign (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         name text NOT NULL,
         starts_on date NOT NULL,
         ends_on date NOT NULL,
         status text NOT NULL,
         deadlines jsonb NOT NULL DEFAULT '[]',
         created_at timestamptz NOT NULL DEFAULT now(),
         closed_at timestamptz
       )`,
      ...tenantIsolationSql('centre', 'id'),
      ...tenantIsolationSql('organisation'),
      ...tenantIsolationSql('one_off_activity'),
      ...tenantIsolationSql('business'),
      ...tenantIsolationSql('offer'),
      ...tenantIsolationSql('need'),
      ...tenantIsolationSql('beursvloer'),
      ...tenantIsolationSql('deal'),
      ...tenantIsolationSql('campaign'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['campaign', 'deal', 'beursvloer', 'need', 'offer', 'business', 'one_off_activity', 'organisation', 'centre']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
