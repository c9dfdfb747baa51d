/**
 * Volunteers: the last day of a pause (the volunteer.paused event carries it), and an index for
 * the staff list, which pages through a centre's volunteers in id order (ids are UUIDv7, so that
 * is registration order).
 */
export class AddVolunteerPauseAndListing1732700002000 {
    constructor() {
        this.name = 'AddVolunteerPauseAndListing1732700002000';
    }
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE volunteer ADD COLUMN paused_until date`);
        await queryRunner.query(`CREATE INDEX volunteer_centre_id ON volunteer (centre_id, id)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX volunteer_centre_id`);
        await queryRunner.query(`ALTER TABLE volunteer DROP COLUMN paused_until`);
    }
}
//# sourceMappingURL=1732700002000-add-volunteer-pause-and-listing.migration.js.map