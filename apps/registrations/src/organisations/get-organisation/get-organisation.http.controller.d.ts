import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type OrganisationView } from '../organisation.view.js';
export declare class GetOrganisationHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** Staff see their centre's organisations, a coordinator their own; anything else is a 404. */
    getOrganisation(id: string, principal: Principal): Promise<OrganisationView>;
}
//# sourceMappingURL=get-organisation.http.controller.d.ts.map