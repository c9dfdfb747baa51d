import type { OrganisationContactChangedV1, OrganisationRegisteredV1, OrganisationVerifiedV1 } from '@vc/contracts';
import { postcodeAreaOf } from '@vc/geo';
import type { Organisation } from './organisation.entity.js';

type Snapshot = Omit<OrganisationRegisteredV1, 'status'>;

/**
 * What organisation events carry: the organisation after the fact, without its street or its
 * coordinators (people, with contact data); only the postcode area leaves the service.
 */
function snapshotOf(organisation: Organisation): Snapshot {
  return {
    organisationId: organisation.id,
    centreId: organisation.centreId,
    name: organisation.name,
    kvkNumber: organisation.kvkNumber,
    sector: organisation.sector,
    postcodeArea: postcodeAreaOf(organisation.postcode),
  };
}

export function organisationRegisteredPayload(organisation: Organisation): OrganisationRegisteredV1 {
  return { ...snapshotOf(organisation), status: 'registered' };
}

export function organisationVerifiedPayload(organisation: Organisation): OrganisationVerifiedV1 {
  return { ...snapshotOf(organisation), status: 'verified' };
}

/** For the restricted contact topic only; a coordinator without a phone has no `phone` field (never null). */
export function organisationContactPayload(organisation: Organisation): OrganisationContactChangedV1 {
  return {
    organisationId: organisation.id,
    centreId: organisation.centreId,
    organisationName: organisation.name,
    coordinators: organisation.coordinators.map(({ name, email, phone }) => ({ name, email, ...(phone ? { phone } : {}) })),
  };
}
