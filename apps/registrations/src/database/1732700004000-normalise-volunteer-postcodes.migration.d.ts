import type { MigrationInterface, QueryRunner } from 'typeorm';
/**
 * Volunteers' postcodes were stored as `3511AB`, organisations' and vacancies' as `3511 AB`. One
 * notation everywhere (PostNL's, with the space), so exports and comparisons agree.
 */
export declare class NormaliseVolunteerPostcodes1732700004000 implements MigrationInterface {
    name: string;
    up(queryRunner: QueryRunner): Promise<void>;
    down(queryRunner: QueryRunner): Promise<void>;
}
//# sourceMappingURL=1732700004000-normalise-volunteer-postcodes.migration.d.ts.map