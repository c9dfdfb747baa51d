import { ForbiddenProblem, NotFoundProblem } from '@vc/service-kit';
import { Volunteer } from './volunteer.entity.js';
/** Written to registered_by and the support-needs audit when the person acts for themselves. */
export const SELF = 'self';
/**
 * Who may touch one volunteer: staff in `staffRoles` of the volunteer's centre, and, when `self`
 * allows it, the volunteer themselves (the token's volunteer_id). A volunteer asking about someone
 * else gets the same 404 as for an unknown id, so ids don't leak; staff of another centre get it
 * from the centre-scoped lookup. Consortium admins have no view of people's profiles.
 */
export function accessToVolunteer(principal, volunteerId, rules) {
    if (!principal.centreId)
        throw new ForbiddenProblem('This token is not bound to a centre');
    if (principal.roles.some((role) => rules.staffRoles.includes(role))) {
        return { centreId: principal.centreId, actor: principal.subject, asSelf: false };
    }
    if (rules.self && principal.roles.includes('volunteer')) {
        if (principal.volunteerId !== volunteerId)
            throw new NotFoundProblem('volunteer', volunteerId);
        return { centreId: principal.centreId, actor: SELF, asSelf: true };
    }
    throw new ForbiddenProblem(`This needs one of the roles ${[...rules.staffRoles, ...(rules.self ? ['volunteer (themself)'] : [])].join(', ')}`);
}
/** The centre of staff who work on their own centre's volunteers (list, registration on someone's behalf). */
export function staffCentreOf(principal) {
    if (!principal.centreId)
        throw new ForbiddenProblem('This token is not bound to a centre');
    return principal.centreId;
}
/**
 * The volunteer in the caller's centre, not erased; `lock` holds the row until the transaction
 * ends, so concurrent changes to one person (and their events) happen one after the other.
 */
export async function findVolunteer(manager, access, volunteerId, options = {}) {
    const volunteer = await manager.findOne(Volunteer, {
        where: { id: volunteerId, centreId: access.centreId },
        ...(options.lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!volunteer || (volunteer.status === 'erased' && !options.includeErased))
        throw new NotFoundProblem('volunteer', volunteerId);
    return volunteer;
}
//# sourceMappingURL=volunteer-access.js.map