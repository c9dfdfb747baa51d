// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { defineEvent } from '../envelope/event-contract.js';
import { IsTimestamp } from './registrations-values.js';
import { VolunteerRefV1 } from './volunteer-profile.v1.js';

export class VolunteerErasedV1 extends VolunteerRefV1 {
  /** When the registrations service erased the person. */
  @IsTimestamp()
  erasedAt!: string;
}

export const volunteerErasedV1 = defineEvent({
  type: 'registrations.volunteer.erased',
  version: 1,
  topic: 'registrations.volunteer.v1',
  privacy: 'public',
  payload: VolunteerErasedV1,
  example: {
    volunteerId: 'vol-8f3a2c',
    centreId: 'centre-utrecht',
    regionId: 'region-midden',
    erasedAt: '2027-04-02T09:15:00.000Z',
  },
  description:
    'A volunteer exercised their right to erasure and is gone from the registrations service. Every consumer ' +
    'must erase or anonymise everything it holds about this volunteerId. The same erasure puts a tombstone on ' +
    'the restricted registrations.volunteer-contact.v1 topic.',
});
