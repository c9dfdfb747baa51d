export type OrganisationStatus = 'registered' | 'verified';
export interface Coordinator {
    name: string;
    email: string;
    phone?: string;
}
/** A volunteer organisation; its vacancies go public only once the centre has verified it. */
export declare class Organisation {
    id: string;
    centreId: string;
    name: string;
    kvkNumber: string;
    sector: string;
    street: string | null;
    postcode: string;
    city: string;
    coordinators: Coordinator[];
    status: OrganisationStatus;
    verifiedAt: Date | null;
    createdAt: Date;
}
//# sourceMappingURL=organisation.entity.d.ts.map