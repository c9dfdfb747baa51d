import { IsCalendarDate, IsEntityId, IsNotBeforeField, IsText } from '../registrations/registrations-values.js';
import { PARTNERSHIPS_LIMITS } from './partnerships-values.js';

/** A campaign overlay such as NLdoet, as it is after the fact. */
export abstract class CampaignSnapshotV1 {
  @IsEntityId()
  campaignId!: string;

  @IsEntityId()
  centreId!: string;

  @IsText(PARTNERSHIPS_LIMITS.name)
  name!: string;

  @IsCalendarDate()
  startsOn!: string;

  @IsCalendarDate()
  @IsNotBeforeField('startsOn', true)
  endsOn!: string;

  abstract status: 'open' | 'closed';
}

export const campaignExample = {
  campaignId: '0193a1b2-0000-7000-8000-000000000061',
  centreId: '0193a1b2-0000-7000-8000-0000000000c1',
  name: 'NLdoet 2027',
  startsOn: '2027-03-12',
  endsOn: '2027-03-13',
};
