/**
 * Volunteers' postcodes were stored as `3511AB`, organisations' and vacancies' as `3511 AB`. One
 * notation everywhere (PostNL's, with the space), so exports and comparisons agree.
 */
export class NormaliseVolunteerPostcodes1732700004000 {
    constructor() {
        this.name = 'NormaliseVolunteerPostcodes1732700004000';
    }
    async up(queryRunner) {
        await queryRunner.query(`UPDATE volunteer SET postcode = left(postcode, 4) || ' ' || right(postcode, 2) WHERE postcode ~ '^[0-9]{4}[A-Z]{2}$'`);
    }
    async down(queryRunner) {
        await queryRunner.query(`UPDATE volunteer SET postcode = replace(postcode, ' ', '') WHERE postcode ~ '^[0-9]{4} [A-Z]{2}$'`);
    }
}
//# sourceMappingURL=1732700004000-normalise-volunteer-postcodes.migration.js.map