import type { Principal } from '@vc/service-kit';
import { type OrganisationAccess } from '../organisations/organisation-access.js';
export type CentreAccess = OrganisationAccess & {
    scope: {
        centreId: string;
    };
};
/**
 * Who may change vacancies: centre staff, any of their centre's; an organisation coordinator, only
 * their own organisation's. Always within the caller's centre, never consortium-wide.
 */
export declare function centreAccessOf(principal: Principal): CentreAccess;
//# sourceMappingURL=vacancy-access.d.ts.map