import { ForbiddenProblem } from '@vc/service-kit';
import { tenantScopeOf } from '../tenancy/tenant-scope.js';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Centre staff who verify organisations and mediate; they work on every organisation of their centre. */
export const CENTRE_STAFF = ['centre-admin', 'consultant'];
/** Who may read: centre staff, and the consortium admin consortium-wide. */
export const READING_STAFF = ['consortium-admin', ...CENTRE_STAFF];
/** The centre a write happens in: always the caller's own, never consortium-wide. */
export function centreOf(principal) {
    if (!principal.centreId)
        throw new ForbiddenProblem('This token is not bound to a centre');
    return principal.centreId;
}
/**
 * What the caller may see: staff their centre (consortium admins every centre), an organisation
 * coordinator only their own organisation (the token's organisation_id) within their centre.
 */
export function organisationAccessOf(principal, staffRoles = READING_STAFF) {
    if (principal.roles.some((role) => staffRoles.includes(role))) {
        if (!principal.roles.some((role) => CENTRE_STAFF.includes(role)))
            return { scope: tenantScopeOf(principal) };
        return { scope: { centreId: centreOf(principal) } };
    }
    if (principal.roles.includes('organisation-coordinator')) {
        if (!principal.organisationId || !UUID.test(principal.organisationId)) {
            throw new ForbiddenProblem('This token is not bound to an organisation');
        }
        return { scope: { centreId: centreOf(principal) }, organisationId: principal.organisationId.toLowerCase() };
    }
    throw new ForbiddenProblem();
}
//# sourceMappingURL=organisation-access.js.map