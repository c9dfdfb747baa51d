import { type Principal, type Role } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { Volunteer } from './volunteer.entity.js';
/** Written to registered_by and the support-needs audit when the person acts for themselves. */
export declare const SELF = "self";
export interface VolunteerAccess {
    /** The caller's centre; every query runs in it. */
    centreId: string;
    /** The staff member's subject, or `self`: what audit rows and registered_by record. */
    actor: string;
    asSelf: boolean;
}
/**
 * Who may touch one volunteer: staff in `staffRoles` of the volunteer's centre, and, when `self`
 * allows it, the volunteer themselves (the token's volunteer_id). A volunteer asking about someone
 * else gets the same 404 as for an unknown id, so ids don't leak; staff of another centre get it
 * from the centre-scoped lookup. Consortium admins have no view of people's profiles.
 */
export declare function accessToVolunteer(principal: Principal, volunteerId: string, rules: {
    staffRoles: readonly Role[];
    self: boolean;
}): VolunteerAccess;
/** The centre of staff who work on their own centre's volunteers (list, registration on someone's behalf). */
export declare function staffCentreOf(principal: Principal): string;
/**
 * The volunteer in the caller's centre, not erased; `lock` holds the row until the transaction
 * ends, so concurrent changes to one person (and their events) happen one after the other.
 */
export declare function findVolunteer(manager: EntityManager, access: {
    centreId: string;
}, volunteerId: string, options?: {
    lock?: boolean;
    includeErased?: boolean;
}): Promise<Volunteer>;
//# sourceMappingURL=volunteer-access.d.ts.map