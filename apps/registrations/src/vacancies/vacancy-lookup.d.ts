import type { EntityManager } from 'typeorm';
import type { OrganisationAccess } from '../organisations/organisation-access.js';
import { Vacancy } from './vacancy.entity.js';
/**
 * The vacancy if the caller may see it: staff within their centre, a coordinator only their own
 * organisation's. Anything else is the same 404 as an unknown id. `lock` holds the row until the
 * transaction ends, so changes to one vacancy (and their events) happen one after the other.
 */
export declare function findVacancy(manager: EntityManager, access: OrganisationAccess, id: string, options?: {
    lock?: boolean;
}): Promise<Vacancy>;
//# sourceMappingURL=vacancy-lookup.d.ts.map