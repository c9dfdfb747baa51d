import type { VolunteerContactChangedV1, VolunteerUpdatedV1 } from '@vc/contracts';
import type { Volunteer } from './volunteer.entity.js';
/** The volunteer as matching may see them: every public profile event carries this, plus its status. */
export type VolunteerProfilePayload = Omit<VolunteerUpdatedV1, 'status'>;
export interface ProfileContext {
    regionId: string;
    /** From the support needs, when there are any; the reason behind it never leaves the service. */
    needsGuidance: boolean;
    /** The Dutch calendar date the age band is computed for. */
    today: string;
}
/**
 * Pseudonymous on purpose: the postcode area instead of the postcode, an age band instead of the
 * date of birth, only the VOG's last valid day, and null (never an omitted field) for what the
 * volunteer did not give.
 */
export declare function volunteerProfileOf(volunteer: Volunteer, context: ProfileContext): VolunteerProfilePayload;
/** For the restricted contact topic; a volunteer without a phone has no `phone` field (never null). */
export declare function volunteerContactOf(volunteer: Volunteer): VolunteerContactChangedV1;
//# sourceMappingURL=volunteer-event-payloads.d.ts.map