import { CefrLevel, ContactLanguage } from '@vc/contracts';
import { AvailabilitySlotRequest, VogRequest } from '../volunteer-profile.fields.js';
/**
 * A partial profile: fields left out stay as they are; null clears a field the profile may lack
 * (phone, date of birth, postcode, hours per week, Dutch level). Consents and support needs are
 * not changed here.
 */
export declare class UpdateVolunteerRequest {
    firstName?: string;
    lastName?: string;
    email?: string;
    phone?: string | null;
    preferredLanguage?: ContactLanguage;
    dateOfBirth?: string | null;
    postcode?: string | null;
    travelRadiusKm?: number;
    skills?: string[];
    interests?: string[];
    availability?: AvailabilitySlotRequest[];
    hoursPerWeek?: number | null;
    languages?: string[];
    dutchLevel?: CefrLevel | null;
    vog?: VogRequest;
    isStudent?: boolean;
}
//# sourceMappingURL=update-volunteer.request.dto.d.ts.map