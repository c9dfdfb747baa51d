import type { MigrationInterface, QueryRunner } from 'typeorm';
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
export declare class AddVacancyListing1732700003000 implements MigrationInterface {
    name: string;
    up(queryRunner: QueryRunner): Promise<void>;
    down(queryRunner: QueryRunner): Promise<void>;
}
//# sourceMappingURL=1732700003000-add-vacancy-listing.migration.d.ts.map