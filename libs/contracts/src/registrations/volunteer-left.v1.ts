// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { VolunteerStatus } from './registrations-values.js';
import { VolunteerRefV1 } from './volunteer-profile.v1.js';

export class VolunteerLeftV1 extends VolunteerRefV1 {
  @IsIn([VolunteerStatus.Left])
  status!: typeof VolunteerStatus.Left;
}

export const volunteerLeftV1 = defineEvent({
  type: 'registrations.volunteer.left',
  version: 1,
  topic: 'registrations.volunteer.v1',
  privacy: 'public',
  payload: VolunteerLeftV1,
  example: { volunteerId: 'vol-8f3a2c', centreId: 'centre-utrecht', regionId: 'region-midden', status: 'left' },
  description:
    'A volunteer left the centre: consumers stop suggesting them and end open matches. Their history (placements, ' +
    'hours) may be kept until registrations.volunteer.erased. Why they left is not shared.',
});
