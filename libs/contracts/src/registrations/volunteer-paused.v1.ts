// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsCalendarDate, IsOmittable, VolunteerStatus } from './registrations-values.js';
import { VolunteerRefV1 } from './volunteer-profile.v1.js';

export class VolunteerPausedV1 extends VolunteerRefV1 {
  @IsIn([VolunteerStatus.Paused])
  status!: typeof VolunteerStatus.Paused;

  /** Last day of the pause when the volunteer gave one; no reason is ever given. */
  @IsOmittable()
  @IsCalendarDate()
  pausedUntil?: string;
}

export const volunteerPausedV1 = defineEvent({
  type: 'registrations.volunteer.paused',
  version: 1,
  topic: 'registrations.volunteer.v1',
  privacy: 'public',
  payload: VolunteerPausedV1,
  example: {
    volunteerId: 'vol-8f3a2c',
    centreId: 'centre-utrecht',
    regionId: 'region-midden',
    status: 'paused',
    pausedUntil: '2027-02-28',
  },
  description:
    'A volunteer paused: consumers stop suggesting them until registrations.volunteer.resumed. The profile is ' +
    'unchanged and is kept; why they paused is not shared.',
});
