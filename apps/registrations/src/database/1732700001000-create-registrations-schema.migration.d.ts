import type { MigrationInterface, QueryRunner } from 'typeorm';
/**
 * The registrations schema. Every tenant row carries `centre_id` and is guarded by row-level
 * security (FORCE, policies on `app.centre_id`), so a query that forgets its centre filter still
 * sees only the caller's centre. Regions are consortium-wide reference data and have no policy.
 *
 * Support needs live in their own table, so loading a volunteer never loads them by accident;
 * every read of them is written to support_needs_read.
 */
export declare class CreateRegistrationsSchema1732700001000 implements MigrationInterface {
    name: string;
    up(queryRunner: QueryRunner): Promise<void>;
    down(queryRunner: QueryRunner): Promise<void>;
}
//# sourceMappingURL=1732700001000-create-registrations-schema.migration.d.ts.map