import { ForbiddenProblem } from '@vc/service-kit';
/**
 * The data a principal may see: a consortium admin works consortium-wide (an explicit role,
 * never a missing filter); everyone else within the centre in their token.
 */
export function tenantScopeOf(principal) {
    if (principal.roles.includes('consortium-admin'))
        return { consortium: true };
    if (!principal.centreId)
        throw new ForbiddenProblem('This token is not bound to a centre');
    return { centreId: principal.centreId };
}
//# sourceMappingURL=tenant-scope.js.map