import type { AvailabilitySlot, Volunteer, VogStatus } from './volunteer.entity.js';
/** A volunteer as the API shows them to staff and to themselves. Never the support needs. */
export interface VolunteerView {
    id: string;
    centreId: string;
    status: Volunteer['status'];
    pausedUntil: string | null;
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    phone: string | null;
    preferredLanguage: string;
    dateOfBirth: string | null;
    postcode: string | null;
    travelRadiusKm: number;
    skills: string[];
    interests: string[];
    availability: AvailabilitySlot[];
    hoursPerWeek: number | null;
    languages: string[];
    dutchLevel: string | null;
    vog: {
        status: VogStatus;
        validUntil: string | null;
    };
    isStudent: boolean;
    registeredBy: string;
    createdAt: string;
    updatedAt: string;
}
/**
 * What a registration or a status change answers. Deliberately without personal data: with an
 * Idempotency-Key the answer is stored for replay, outside the reach of erasure.
 */
export interface VolunteerReceipt {
    id: string;
    centreId: string;
    status: Volunteer['status'];
    pausedUntil?: string;
}
export declare function volunteerViewOf(volunteer: Volunteer): VolunteerView;
export declare function volunteerReceiptOf(volunteer: Volunteer): VolunteerReceipt;
//# sourceMappingURL=volunteer.view.d.ts.map