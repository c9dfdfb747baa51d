import type { EntityManager } from 'typeorm';
import type { OrganisationAccess } from './organisation-access.js';
import { Organisation } from './organisation.entity.js';
/**
 * The organisation if the caller may see it; otherwise the same 404 as for an unknown id, so ids
 * of other centres (hidden by row-level security too) and other organisations reveal nothing.
 * `lock` holds the row until the transaction ends, so changes to one organisation take turns.
 */
export declare function findOrganisation(manager: EntityManager, access: OrganisationAccess, id: string, options?: {
    lock?: boolean;
}): Promise<Organisation>;
//# sourceMappingURL=organisation-lookup.d.ts.map