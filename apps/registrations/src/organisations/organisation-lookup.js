import { NotFoundProblem } from '@vc/service-kit';
import { Organisation } from './organisation.entity.js';
/**
 * The organisation if the caller may see it; otherwise the same 404 as for an unknown id, so ids
 * of other centres (hidden by row-level security too) and other organisations reveal nothing.
 * `lock` holds the row until the transaction ends, so changes to one organisation take turns.
 */
export async function findOrganisation(manager, access, id, options = {}) {
    if (access.organisationId !== undefined && access.organisationId !== id)
        throw new NotFoundProblem('organisation', id);
    const organisation = await manager.findOne(Organisation, {
        where: { id, ...('centreId' in access.scope ? { centreId: access.scope.centreId } : {}) },
        ...(options.lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!organisation)
        throw new NotFoundProblem('organisation', id);
    return organisation;
}
//# sourceMappingURL=organisation-lookup.js.map