import { postcodeAreaOf } from '@vc/geo';
/**
 * What organisation events carry: the organisation after the fact, without its street or its
 * coordinators (people, with contact data); only the postcode area leaves the service.
 */
function snapshotOf(organisation) {
    return {
        organisationId: organisation.id,
        centreId: organisation.centreId,
        name: organisation.name,
        kvkNumber: organisation.kvkNumber,
        sector: organisation.sector,
        postcodeArea: postcodeAreaOf(organisation.postcode),
    };
}
export function organisationRegisteredPayload(organisation) {
    return { ...snapshotOf(organisation), status: 'registered' };
}
export function organisationVerifiedPayload(organisation) {
    return { ...snapshotOf(organisation), status: 'verified' };
}
//# sourceMappingURL=organisation-events.js.map