import { postcodeAreaOf } from '@vc/geo';
import { ageBandOn } from './volunteer-values.js';
/**
 * Pseudonymous on purpose: the postcode area instead of the postcode, an age band instead of the
 * date of birth, only the VOG's last valid day, and null (never an omitted field) for what the
 * volunteer did not give.
 */
export function volunteerProfileOf(volunteer, context) {
    return {
        volunteerId: volunteer.id,
        centreId: volunteer.centreId,
        regionId: context.regionId,
        skills: [...volunteer.skills],
        interests: [...volunteer.interests],
        availability: volunteer.availability.map(({ day, part }) => ({ day, part })),
        hoursPerWeek: volunteer.hoursPerWeek,
        postcodeArea: volunteer.postcode === null ? null : postcodeAreaOf(volunteer.postcode),
        travelRadiusKm: volunteer.travelRadiusKm,
        languages: [...volunteer.languages],
        dutchLevel: volunteer.dutchLevel ?? null,
        ageBand: volunteer.dateOfBirth === null ? null : ageBandOn(volunteer.dateOfBirth, context.today),
        vogValidUntil: volunteer.vogStatus === 'valid' ? volunteer.vogValidUntil : null,
        flags: { isStudent: volunteer.isStudent, needsGuidance: context.needsGuidance },
    };
}
/** For the restricted contact topic; a volunteer without a phone has no `phone` field (never null). */
export function volunteerContactOf(volunteer) {
    return {
        volunteerId: volunteer.id,
        centreId: volunteer.centreId,
        firstName: volunteer.firstName,
        lastName: volunteer.lastName,
        email: volunteer.email,
        ...(volunteer.phone === null ? {} : { phone: volunteer.phone }),
        preferredLanguage: volunteer.preferredLanguage,
    };
}
//# sourceMappingURL=volunteer-event-payloads.js.map