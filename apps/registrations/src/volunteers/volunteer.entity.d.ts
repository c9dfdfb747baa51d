export type VolunteerStatus = 'active' | 'paused' | 'left' | 'erased';
export type VogStatus = 'none' | 'requested' | 'valid' | 'expired';
export interface AvailabilitySlot {
    day: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
    part: 'morning' | 'afternoon' | 'evening';
}
/**
 * A volunteer's profile. Contact data and date of birth stay in this service; events carry the
 * postcode area (PC4) and an age band instead. After erasure the row keeps only its id, centre,
 * status and timestamps, so counts stay right.
 */
export declare class Volunteer {
    id: string;
    centreId: string;
    status: VolunteerStatus;
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    phone: string | null;
    preferredLanguage: 'nl' | 'en';
    dateOfBirth: string | null;
    postcode: string | null;
    travelRadiusKm: number;
    skills: string[];
    interests: string[];
    availability: AvailabilitySlot[];
    hoursPerWeek: number | null;
    languages: string[];
    dutchLevel: string | null;
    vogStatus: VogStatus;
    vogValidUntil: string | null;
    isStudent: boolean;
    /** Last day of a pause, when the volunteer gave one; null otherwise. */
    pausedUntil: string | null;
    /** `self` or the subject of the consultant who registered the person. */
    registeredBy: string;
    createdAt: Date;
    updatedAt: Date;
    erasedAt: Date | null;
}
//# sourceMappingURL=volunteer.entity.d.ts.map