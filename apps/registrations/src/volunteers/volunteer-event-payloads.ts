import type { VolunteerContactChangedV1, VolunteerUpdatedV1 } from '@vc/contracts';
import type { Volunteer } from './volunteer.entity.js';
import { postcodeAreaOf } from '@vc/geo';
import { ageBandOn } from './volunteer-values.js';

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
export function volunteerProfileOf(volunteer: Volunteer, context: ProfileContext): VolunteerProfilePayload {
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
    dutchLevel: (volunteer.dutchLevel as VolunteerProfilePayload['dutchLevel']) ?? null,
    ageBand: volunteer.dateOfBirth === null ? null : ageBandOn(volunteer.dateOfBirth, context.today),
    vogValidUntil: volunteer.vogStatus === 'valid' ? volunteer.vogValidUntil : null,
    flags: { isStudent: volunteer.isStudent, needsGuidance: context.needsGuidance },
  };
}

/** For the restricted contact topic; a volunteer without a phone has no `phone` field (never null). */
export function volunteerContactOf(volunteer: Volunteer): VolunteerContactChangedV1 {
  return {
    volunteerId: volunteer.id,
    centreId: volunteer.centreId,
    firstName: volunteer.firstName!,
    lastName: volunteer.lastName!,
    email: volunteer.email!,
    ...(volunteer.phone === null ? {} : { phone: volunteer.phone }),
    preferredLanguage: volunteer.preferredLanguage,
  };
}
