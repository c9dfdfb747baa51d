/**
 * Organisations and vacancies: indexes for the staff lists and the expiry scheduler, and
 * `vacancy_listing`, the table the public vacancy search reads.
 *
 * Why a listing table: row-level security lets the planner use an index only for conditions whose
 * operators are LEAKPROOF, and the full-text match `@@` is not. Under the tenant policy on
 * `vacancy`, `search_vector @@ query` therefore always becomes a filter over every row of the centre
 * (the GIN index `vacancy_search` cannot serve it, whatever the scope), far from the 30 ms target.
 * `vacancy_listing` holds exactly what the public search shows, only for published vacancies of
 * verified organisations that are not help requests: data anyone may read through the public
 * endpoint, so it needs no tenant policy; the search still filters on the centre explicitly.
 *
 * A trigger on `vacancy` keeps the listing in step in the same transaction, whoever writes the
 * vacancy (request handlers, the expiry scheduler, a later erasure): a vacancy is listed while it
 * is published, and removed when it is filled, closed, expired or deleted. Organisations cannot be
 * renamed or lose their verification yet; when they can, their changes must reach the listing too.
 */
export class AddVacancyListing1732700003000 {
    constructor() {
        this.name = 'AddVacancyListing1732700003000';
    }
    async up(queryRunner) {
        const statements = [
            // Staff lists page through a centre's rows in id order (UUIDv7: creation order).
            `CREATE INDEX organisation_centre_id ON organisation (centre_id, id)`,
            `CREATE INDEX vacancy_centre_id ON vacancy (centre_id, id)`,
            `CREATE INDEX vacancy_organisation_id ON vacancy (organisation_id, id)`,
            // The expiry scheduler's "published and past its last day"; LEAST ignores NULLs.
            `CREATE INDEX vacancy_last_day ON vacancy (least(ends_on, activity_date)) WHERE status = 'published'`,
            // Unusable under row-level security (see above) and costly on every write.
            `DROP INDEX vacancy_search`,
            `CREATE SEQUENCE vacancy_listing_position`,
            `CREATE TABLE vacancy_listing (
         vacancy_id uuid PRIMARY KEY REFERENCES vacancy (id) ON DELETE CASCADE,
         centre_id uuid NOT NULL,
         -- Order of listing: newest first, a unique and stable key for cursors.
         position bigint NOT NULL DEFAULT nextval('vacancy_listing_position') UNIQUE,
         organisation_id uuid NOT NULL,
         organisation_name text NOT NULL,
         kind text NOT NULL,
         title text NOT NULL,
         description text NOT NULL,
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
         activity_date date,
         start_time time,
         end_time time,
         places integer,
         places_left integer,
         availability jsonb NOT NULL,
         hours_per_week integer,
         starts_on date,
         ends_on date,
         last_day date,
         published_at timestamptz NOT NULL,
         search_vector tsvector GENERATED ALWAYS AS (
           setweight(to_tsvector('dutch', title), 'A') ||
           setweight(to_tsvector('dutch', description), 'B') ||
           setweight(to_tsvector('dutch', organisation_name), 'C')
         ) STORED
       )`,
            `CREATE INDEX vacancy_listing_newest ON vacancy_listing (centre_id, position DESC)`,
            `CREATE INDEX vacancy_listing_text ON vacancy_listing USING gin (search_vector)`,
            `CREATE INDEX vacancy_listing_sector ON vacancy_listing (centre_id, sector, position DESC)`,
            `CREATE INDEX vacancy_listing_area ON vacancy_listing (centre_id, postcode_area)`,
            `CREATE INDEX vacancy_listing_activity_date ON vacancy_listing (centre_id, activity_date) WHERE kind = 'one-off'`,
            `CREATE INDEX vacancy_listing_newcomers ON vacancy_listing (centre_id, position DESC) WHERE suitable_for_newcomers`,
            `CREATE INDEX vacancy_listing_guidance ON vacancy_listing (centre_id, position DESC) WHERE suitable_with_guidance`,
            `CREATE INDEX vacancy_listing_students ON vacancy_listing (centre_id, position DESC) WHERE suitable_for_students`,
            `CREATE FUNCTION sync_vacancy_listing() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           DELETE FROM vacancy_listing WHERE vacancy_id = OLD.id;
           RETURN NULL;
         END IF;
         IF NEW.status <> 'published' OR NEW.kind = 'help-request' THEN
           DELETE FROM vacancy_listing WHERE vacancy_id = NEW.id;
           RETURN NULL;
         END IF;
         INSERT INTO vacancy_listing AS listing (
           vacancy_id, centre_id, organisation_id, organisation_name, kind, title, description, sector, skills,
           vog_required, minimum_age, dutch_level, suitable_for_students, suitable_for_newcomers,
           suitable_with_guidance, remote, postcode_area, activity_date, start_time, end_time, places,
           places_left, availability, hours_per_week, starts_on, ends_on, last_day, published_at)
         SELECT NEW.id, NEW.centre_id, organisation.id, organisation.name, NEW.kind, NEW.title, NEW.description,
                NEW.sector, NEW.skills, NEW.vog_required, NEW.minimum_age, NEW.dutch_level,
                NEW.suitable_for_students, NEW.suitable_for_newcomers, NEW.suitable_with_guidance, NEW.remote,
                left(NEW.postcode, 4), NEW.activity_date, NEW.start_time, NEW.end_time, NEW.places,
                NEW.places_left, NEW.availability, NEW.hours_per_week, NEW.starts_on, NEW.ends_on,
                least(NEW.ends_on, NEW.activity_date), coalesce(NEW.published_at, now())
           FROM organisation
          WHERE organisation.id = NEW.organisation_id AND organisation.status = 'verified'
         ON CONFLICT (vacancy_id) DO UPDATE SET
           organisation_name = EXCLUDED.organisation_name, title = EXCLUDED.title,
           description = EXCLUDED.description, sector = EXCLUDED.sector, skills = EXCLUDED.skills,
           vog_required = EXCLUDED.vog_required, minimum_age = EXCLUDED.minimum_age,
           dutch_level = EXCLUDED.dutch_level, suitable_for_students = EXCLUDED.suitable_for_students,
           suitable_for_newcomers = EXCLUDED.suitable_for_newcomers,
           suitable_with_guidance = EXCLUDED.suitable_with_guidance, remote = EXCLUDED.remote,
           postcode_area = EXCLUDED.postcode_area, activity_date = EXCLUDED.activity_date,
           start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time, places = EXCLUDED.places,
           places_left = EXCLUDED.places_left, availability = EXCLUDED.availability,
           hours_per_week = EXCLUDED.hours_per_week, starts_on = EXCLUDED.starts_on,
           ends_on = EXCLUDED.ends_on, last_day = EXCLUDED.last_day, published_at = EXCLUDED.published_at;
         -- An organisation that is not (or no longer) verified has nothing listed.
         IF NOT FOUND THEN
           DELETE FROM vacancy_listing WHERE vacancy_id = NEW.id;
         END IF;
         RETURN NULL;
       END
       $$`,
            `CREATE TRIGGER vacancy_listing_sync AFTER INSERT OR UPDATE OR DELETE ON vacancy
         FOR EACH ROW EXECUTE FUNCTION sync_vacancy_listing()`,
        ];
        for (const statement of statements)
            await queryRunner.query(statement);
    }
    async down(queryRunner) {
        const statements = [
            `DROP TRIGGER vacancy_listing_sync ON vacancy`,
            `DROP FUNCTION sync_vacancy_listing()`,
            `DROP TABLE vacancy_listing`,
            `DROP SEQUENCE vacancy_listing_position`,
            `CREATE INDEX vacancy_search ON vacancy USING gin (search_vector) WHERE status = 'published'`,
            `DROP INDEX vacancy_last_day`,
            `DROP INDEX vacancy_organisation_id`,
            `DROP INDEX vacancy_centre_id`,
            `DROP INDEX organisation_centre_id`,
        ];
        for (const statement of statements)
            await queryRunner.query(statement);
    }
}
//# sourceMappingURL=1732700003000-add-vacancy-listing.migration.js.map