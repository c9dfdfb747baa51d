import { NotFoundProblem } from '@vc/service-kit';
import { Vacancy } from './vacancy.entity.js';
/**
 * The vacancy if the caller may see it: staff within their centre, a coordinator only their own
 * organisation's. Anything else is the same 404 as an unknown id. `lock` holds the row until the
 * transaction ends, so changes to one vacancy (and their events) happen one after the other.
 */
export async function findVacancy(manager, access, id, options = {}) {
    const vacancy = await manager.findOne(Vacancy, {
        where: {
            id,
            ...('centreId' in access.scope ? { centreId: access.scope.centreId } : {}),
            ...(access.organisationId !== undefined ? { organisationId: access.organisationId } : {}),
        },
        ...(options.lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!vacancy)
        throw new NotFoundProblem('vacancy', id);
    return vacancy;
}
//# sourceMappingURL=vacancy-lookup.js.map