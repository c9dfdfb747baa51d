import type { Coordinator, Organisation, OrganisationStatus } from './organisation.entity.js';
/** An organisation as staff and its own coordinators see it, contact data included. */
export interface OrganisationView {
    id: string;
    centreId: string;
    name: string;
    kvkNumber: string;
    sector: string;
    address: {
        street: string | null;
        postcode: string;
        city: string;
    };
    coordinators: Coordinator[];
    status: OrganisationStatus;
    verifiedAt: string | null;
    createdAt: string;
}
export declare function organisationViewOf(organisation: Organisation): OrganisationView;
//# sourceMappingURL=organisation.view.d.ts.map