// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VolunteerStatus } from './registrations-values.js';
import { VolunteerRefV1 } from './volunteer-profile.v1.js';

export class VolunteerResumedV1 extends VolunteerRefV1 {
  @IsIn([VolunteerStatus.Active])
  status!: typeof VolunteerStatus.Active;
}

export const volunteerResumedV1 = defineEvent({
  type: 'registrations.volunteer.resumed',
  version: 1,
  topic: 'registrations.volunteer.v1',
  privacy: 'public',
  payload: VolunteerResumedV1,
  example: { volunteerId: 'vol-8f3a2c', centreId: 'centre-utrecht', regionId: 'region-midden', status: 'active' },
  description:
    'A paused volunteer is active again (they said so, or their pause ended): consumers may suggest them again. ' +
    'The profile is the one last sent in registered or updated.',
});
