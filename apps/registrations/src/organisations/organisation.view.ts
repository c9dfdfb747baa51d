import type { Coordinator, Organisation, OrganisationStatus } from './organisation.entity.js';

/** An organisation as staff and its own coordinators see it, contact data included. */
export interface OrganisationView {
  id: string;
  centreId: string;
  name: string;
  kvkNumber: string;
  sector: string;
  address: { street: string | null; postcode: string; city: string };
  coordinators: Coordinator[];
  status: OrganisationStatus;
  verifiedAt: string | null;
  createdAt: string;
}

export function organisationViewOf(organisation: Organisation): OrganisationView {
  return {
    id: organisation.id,
    centreId: organisation.centreId,
    name: organisation.name,
    kvkNumber: organisation.kvkNumber,
    sector: organisation.sector,
    address: { street: organisation.street, postcode: organisation.postcode, city: organisation.city },
    coordinators: organisation.coordinators,
    status: organisation.status,
    verifiedAt: organisation.verifiedAt?.toISOString() ?? null,
    createdAt: organisation.createdAt.toISOString(),
  };
}
