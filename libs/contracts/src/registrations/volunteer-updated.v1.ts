// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { valuesOf, VolunteerStatus } from './registrations-values.js';
import { VolunteerProfileV1 } from './volunteer-profile.v1.js';

export class VolunteerUpdatedV1 extends VolunteerProfileV1 {
  /** Whatever status the volunteer has; a change of status has its own event. */
  @IsIn(valuesOf(VolunteerStatus))
  status!: VolunteerStatus;
}

export const volunteerUpdatedV1 = defineEvent({
  type: 'registrations.volunteer.updated',
  version: 1,
  topic: 'registrations.volunteer.v1',
  privacy: 'public',
  payload: VolunteerUpdatedV1,
  example: {
    volunteerId: 'vol-8f3a2c',
    centreId: 'centre-utrecht',
    regionId: 'region-midden',
    skills: ['social.listening', 'digital.computer-help', 'teaching.language-coaching'],
    interests: ['care', 'language-and-integration'],
    availability: [{ day: 'saturday', part: 'morning' }],
    hoursPerWeek: 2,
    postcodeArea: '3582',
    travelRadiusKm: 10,
    languages: ['nl', 'en', 'ar'],
    dutchLevel: 'B2',
    ageBand: '26-40',
    vogValidUntil: null,
    flags: { needsGuidance: true },
    status: 'active',
  },
  description:
    "A volunteer's matching profile changed (skills, interests, availability, area, languages, age band as " +
    'birthdays pass, VOG validity, flags). Carries the whole profile after the change; consumers replace what ' +
    'they hold. Changes to name or contact data appear only on the restricted topic.',
});
