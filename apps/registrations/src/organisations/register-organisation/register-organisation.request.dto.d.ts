/** `06 12345678`, `+31 6-1234 5678` → `+31612345678`; undefined for anything that is not a phone number. */
export declare function phoneToE164(raw: string): string | undefined;
export declare class CoordinatorRequest {
    name: string;
    email: string;
    phone?: string;
}
export declare class AddressRequest {
    street?: string;
    postcode: string;
    city: string;
}
export declare class RegisterOrganisationRequest {
    name: string;
    kvkNumber: string;
    sector: string;
    address: AddressRequest;
    coordinators: CoordinatorRequest[];
}
//# sourceMappingURL=register-organisation.request.dto.d.ts.map