import type { OrganisationRegisteredV1, OrganisationVerifiedV1 } from '@vc/contracts';
import type { Organisation } from './organisation.entity.js';
export declare function organisationRegisteredPayload(organisation: Organisation): OrganisationRegisteredV1;
export declare function organisationVerifiedPayload(organisation: Organisation): OrganisationVerifiedV1;
//# sourceMappingURL=organisation-events.d.ts.map