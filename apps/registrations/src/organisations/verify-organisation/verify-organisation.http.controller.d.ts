import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type OrganisationView } from '../organisation.view.js';
import { VerifyOrganisationHandler } from './verify-organisation.handler.js';
export declare class VerifyOrganisationHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: VerifyOrganisationHandler);
    /** The centre checked the organisation; from now on its vacancies may be published. */
    verifyOrganisation(id: string, principal: Principal): Promise<OrganisationView>;
}
//# sourceMappingURL=verify-organisation.http.controller.d.ts.map