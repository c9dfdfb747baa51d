/** The resume scheduler looks for paused volunteers whose last day has passed, every few minutes. */
export class IndexPausedVolunteers1732700005000 {
    constructor() {
        this.name = 'IndexPausedVolunteers1732700005000';
    }
    async up(queryRunner) {
        await queryRunner.query(`CREATE INDEX volunteer_paused_until ON volunteer (paused_until) WHERE status = 'paused'`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX volunteer_paused_until`);
    }
}
//# sourceMappingURL=1732700005000-index-paused-volunteers.migration.js.map