import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsNullable, valuesOf } from '../registrations/registrations-values.js';
import { DealParty } from './partnerships-values.js';

/** For notifications: remind the contact party (and the organiser) that contact is overdue. */
export class DealFollowUpRequestedV1 {
  @IsEntityId()
  dealId!: string;

  @IsEntityId()
  centreId!: string;

  @IsNullable()
  @IsEntityId()
  beursvloerId!: string | null;

  @IsEntityId()
  businessId!: string;

  @IsEntityId()
  organisationId!: string;

  @IsIn(valuesOf(DealParty))
  contactParty!: DealParty;

  /** The last day contact should have been made: two weeks after ratification (Europe/Amsterdam). */
  @IsCalendarDate()
  contactDueOn!: string;
}

export const dealFollowUpRequestedV1 = defineEvent({
  type: 'partnerships.deal.follow-up-requested',
  version: 1,
  topic: 'partnerships.deal.v1',
  privacy: 'public',
  payload: DealFollowUpRequestedV1,
  example: {
    dealId: '0193a1b2-0000-7000-8000-000000000051',
    centreId: '0193a1b2-0000-7000-8000-0000000000c1',
    beursvloerId: '0193a1b2-0000-7000-8000-000000000041',
    businessId: '0193a1b2-0000-7000-8000-000000000001',
    organisationId: '0193a1b2-0000-7000-8000-000000000031',
    contactParty: 'organisation',
    contactDueOn: '2027-10-21',
  },
  description:
    'A ratified deal passed its contact deadline (two weeks after ratification) without contact being recorded. ' +
    'Raised exactly once per deal, by the service itself, for notifications to send a reminder.',
});
