// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VolunteerStatus } from './registrations-values.js';
import { VolunteerProfileV1 } from './volunteer-profile.v1.js';

export class VolunteerRegisteredV1 extends VolunteerProfileV1 {
  @IsIn([VolunteerStatus.Active])
  status!: typeof VolunteerStatus.Active;
}

export const volunteerRegisteredV1 = defineEvent({
  type: 'registrations.volunteer.registered',
  version: 1,
  topic: 'registrations.volunteer.v1',
  privacy: 'public',
  payload: VolunteerRegisteredV1,
  example: {
    volunteerId: 'vol-8f3a2c',
    centreId: 'centre-utrecht',
    regionId: 'region-midden',
    skills: ['social.listening', 'digital.computer-help'],
    interests: ['care', 'language-and-integration'],
    availability: [
      { day: 'tuesday', part: 'evening' },
      { day: 'saturday', part: 'morning' },
    ],
    hoursPerWeek: 3,
    postcodeArea: '3582',
    travelRadiusKm: 5,
    languages: ['nl', 'en', 'ar'],
    dutchLevel: 'B2',
    ageBand: '26-40',
    vogValidUntil: '2028-06-30',
    flags: { isStudent: false, needsGuidance: false },
    status: 'active',
  },
  description:
    'A volunteer registered (themselves, or a consultant on their behalf). Only what matching needs and may see: ' +
    'no name, contact data, date of birth, full postcode, support needs or referral. Contact data travels ' +
    'separately on the restricted registrations.volunteer-contact.v1 topic.',
});
