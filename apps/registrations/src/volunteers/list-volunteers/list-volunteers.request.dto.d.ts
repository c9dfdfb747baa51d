import { PageRequest } from '../../shared/paging.js';
export declare const LISTED_STATUSES: readonly ["active", "paused", "left"];
export declare class ListVolunteersRequest extends PageRequest {
    status?: (typeof LISTED_STATUSES)[number];
}
//# sourceMappingURL=list-volunteers.request.dto.d.ts.map