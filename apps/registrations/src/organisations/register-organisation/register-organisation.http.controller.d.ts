import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type OrganisationView } from '../organisation.view.js';
import { RegisterOrganisationHandler } from './register-organisation.handler.js';
import { RegisterOrganisationRequest } from './register-organisation.request.dto.js';
export declare class RegisterOrganisationHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: RegisterOrganisationHandler);
    /** An organisation's coordinator registers it, or centre staff do on its behalf; the centre is the caller's. */
    registerOrganisation(request: RegisterOrganisationRequest, principal: Principal): Promise<OrganisationView>;
}
//# sourceMappingURL=register-organisation.http.controller.d.ts.map