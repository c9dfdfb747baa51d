import type { MigrationInterface, QueryRunner } from 'typeorm';
/**
 * Volunteers: the last day of a pause (the volunteer.paused event carries it), and an index for
 * the staff list, which pages through a centre's volunteers in id order (ids are UUIDv7, so that
 * is registration order).
 */
export declare class AddVolunteerPauseAndListing1732700002000 implements MigrationInterface {
    name: string;
    up(queryRunner: QueryRunner): Promise<void>;
    down(queryRunner: QueryRunner): Promise<void>;
}
//# sourceMappingURL=1732700002000-add-volunteer-pause-and-listing.migration.d.ts.map