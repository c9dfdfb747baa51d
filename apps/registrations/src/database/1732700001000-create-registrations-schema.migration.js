import { tenantIsolationSql } from '@vc/service-kit';
/**
 * The registrations schema. Every tenant row carries `centre_id` and is guarded by row-level
 * security (FORCE, policies on `app.centre_id`), so a query that forgets its centre filter still
 * sees only the caller's centre. Regions are consortium-wide reference data and have no policy.
 *
 * Support needs live in their own table, so loading a volunteer never loads them by accident;
 * every read of them is written to support_needs_read.
 */
export class CreateRegistrationsSchema1732700001000 {
    constructor() {
        this.name = 'CreateRegistrationsSchema1732700001000';
    }
    async up(queryRunner) {
        const statements = [
            `CREATE TABLE region (
         id uuid PRIMARY KEY,
         name text NOT NULL UNIQUE,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
            `CREATE TABLE centre (
         id uuid PRIMARY KEY,
         region_id uuid NOT NULL REFERENCES region (id),
         name text NOT NULL,
         municipalities text[] NOT NULL DEFAULT '{}',
         languages text[] NOT NULL DEFAULT '{nl}',
         consent_texts jsonb NOT NULL DEFAULT '[]',
         shares_vacancies boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
            `CREATE TABLE volunteer (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         status text NOT NULL,
         first_name text,
         last_name text,
         email text,
         phone text,
         preferred_language text NOT NULL DEFAULT 'nl',
         date_of_birth date,
         postcode text,
         travel_radius_km integer NOT NULL,
         skills text[] NOT NULL DEFAULT '{}',
         interests text[] NOT NULL DEFAULT '{}',
         availability jsonb NOT NULL DEFAULT '[]',
         hours_per_week integer,
         languages text[] NOT NULL DEFAULT '{}',
         dutch_level text,
         vog_status text NOT NULL DEFAULT 'none',
         vog_valid_until date,
         is_student boolean NOT NULL DEFAULT false,
         registered_by text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         erased_at timestamptz
       )`,
            `CREATE INDEX volunteer_centre ON volunteer (centre_id, created_at)`,
            `CREATE UNIQUE INDEX volunteer_email ON volunteer (centre_id, lower(email)) WHERE email IS NOT NULL`,
            `CREATE TABLE volunteer_consent (
         id uuid PRIMARY KEY,
         volunteer_id uuid NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL REFERENCES centre (id),
         purpose text NOT NULL,
         text_version text NOT NULL,
         given_at timestamptz NOT NULL,
         withdrawn_at timestamptz
       )`,
            `CREATE TABLE volunteer_support_needs (
         volunteer_id uuid PRIMARY KEY REFERENCES volunteer (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL REFERENCES centre (id),
         referral_source text,
         target_group text,
         guidance_needed boolean NOT NULL DEFAULT false,
         consent_text_version text NOT NULL,
         recorded_at timestamptz NOT NULL DEFAULT now()
       )`,
            `CREATE TABLE support_needs_read (
         id bigserial PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         volunteer_id uuid NOT NULL,
         read_by text NOT NULL,
         read_at timestamptz NOT NULL DEFAULT now(),
         correlation_id text
       )`,
            `CREATE TABLE organisation (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         name text NOT NULL,
         kvk_number char(8) NOT NULL,
         sector text NOT NULL,
         street text,
         postcode text NOT NULL,
         city text NOT NULL,
         coordinators jsonb NOT NULL DEFAULT '[]',
         status text NOT NULL,
         verified_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
            `CREATE UNIQUE INDEX organisation_kvk ON organisation (centre_id, kvk_number)`,
            `CREATE TABLE vacancy (
         id uuid PRIMARY KEY,
         centre_id uuid NOT NULL REFERENCES centre (id),
         organisation_id uuid NOT NULL REFERENCES organisation (id),
         kind text NOT NULL,
         status text NOT NULL,
         title text NOT NULL,
         description text NOT NULL,
         sector text NOT NULL,
         skills text[] NOT NULL DEFAULT '{}',
         vog_required boolean NOT NULL DEFAULT false,
         minimum_age integer,
         dutch_level text,
         suitable_for_students boolean NOT NULL DEFAULT false,
         suitable_for_newcomers boolean NOT NULL DEFAULT false,
         suitable_with_guidance boolean NOT NULL DEFAULT false,
         remote boolean NOT NULL DEFAULT false,
         postcode text,
         activity_date date,
         start_time time,
         end_time time,
         places integer,
         places_left integer,
         availability jsonb NOT NULL DEFAULT '[]',
         hours_per_week integer,
         starts_on date,
         ends_on date,
         published_at timestamptz,
         closed_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         search_vector tsvector GENERATED ALWAYS AS (
           setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
           setweight(to_tsvector('dutch', coalesce(description, '')), 'B')
         ) STORED
       )`,
            `CREATE INDEX vacancy_search ON vacancy USING gin (search_vector) WHERE status = 'published'`,
            `CREATE INDEX vacancy_published ON vacancy (centre_id, published_at DESC, id) WHERE status = 'published'`,
            `CREATE INDEX vacancy_expiry ON vacancy (ends_on) WHERE status = 'published'`,
            ...tenantIsolationSql('centre', 'id'),
            ...tenantIsolationSql('volunteer'),
            ...tenantIsolationSql('volunteer_consent'),
            ...tenantIsolationSql('volunteer_support_needs'),
            ...tenantIsolationSql('support_needs_read'),
            ...tenantIsolationSql('organisation'),
            ...tenantIsolationSql('vacancy'),
        ];
        for (const statement of statements)
            await queryRunner.query(statement);
    }
    async down(queryRunner) {
        for (const table of [
            'vacancy',
            'organisation',
            'support_needs_read',
            'volunteer_support_needs',
            'volunteer_consent',
            'volunteer',
            'centre',
            'region',
        ]) {
            await queryRunner.query(`DROP TABLE ${table}`);
        }
    }
}
//# sourceMappingURL=1732700001000-create-registrations-schema.migration.js.map