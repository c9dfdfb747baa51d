import type { OrganisationStatus } from '../organisation.entity.js';
import { PageRequest } from '../../shared/paging.js';
export declare const ORGANISATION_STATUSES: readonly OrganisationStatus[];
export declare class ListOrganisationsRequest extends PageRequest {
    status?: OrganisationStatus;
}
//# sourceMappingURL=list-organisations.request.dto.d.ts.map