import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { campaignExample, CampaignSnapshotV1 } from './campaign-snapshot.v1.js';

export class CampaignOpenedV1 extends CampaignSnapshotV1 {
  @IsIn(['open'])
  status!: 'open';
}

export const campaignOpenedV1 = defineEvent({
  type: 'partnerships.campaign.opened',
  version: 1,
  topic: 'partnerships.campaign.v1',
  privacy: 'public',
  payload: CampaignOpenedV1,
  example: { ...campaignExample, status: 'open' },
  description:
    'A centre opened a campaign overlay such as NLdoet: the one-off activities of its organisations within the campaign dates take part.',
});
