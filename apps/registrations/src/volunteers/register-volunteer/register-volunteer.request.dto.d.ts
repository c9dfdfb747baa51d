import { CefrLevel, ContactLanguage } from '@vc/contracts';
import { AvailabilitySlotRequest, VogRequest } from '../volunteer-profile.fields.js';
import { SupportNeedsRequest } from '../volunteer-support-needs.request.dto.js';
export declare class ConsentRequest {
    purpose: string;
    textVersion: string;
}
/** The profile a person gives on registration, by themselves or through a consultant. */
export declare class RegisterVolunteerRequest {
    firstName: string;
    lastName: string;
    email: string;
    phone?: string | null;
    preferredLanguage: ContactLanguage;
    dateOfBirth?: string | null;
    postcode?: string | null;
    travelRadiusKm: number;
    skills?: string[];
    interests?: string[];
    availability?: AvailabilitySlotRequest[];
    hoursPerWeek?: number | null;
    languages?: string[];
    dutchLevel?: CefrLevel | null;
    vog?: VogRequest;
    isStudent?: boolean;
    consents: ConsentRequest[];
    supportNeeds?: SupportNeedsRequest;
}
//# sourceMappingURL=register-volunteer.request.dto.d.ts.map