import type { MigrationInterface, QueryRunner } from 'typeorm';
/** The resume scheduler looks for paused volunteers whose last day has passed, every few minutes. */
export declare class IndexPausedVolunteers1732700005000 implements MigrationInterface {
    name: string;
    up(queryRunner: QueryRunner): Promise<void>;
    down(queryRunner: QueryRunner): Promise<void>;
}
//# sourceMappingURL=1732700005000-index-paused-volunteers.migration.d.ts.map