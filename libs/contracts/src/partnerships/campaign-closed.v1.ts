import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { campaignExample, CampaignSnapshotV1 } from './campaign-snapshot.v1.js';

export class CampaignClosedV1 extends CampaignSnapshotV1 {
  @IsIn(['closed'])
  status!: 'closed';
}

export const campaignClosedV1 = defineEvent({
  type: 'partnerships.campaign.closed',
  version: 1,
  topic: 'partnerships.campaign.v1',
  privacy: 'public',
  payload: CampaignClosedV1,
  example: { ...campaignExample, status: 'closed' },
  description:
    'A centre closed a campaign overlay; what took part in it stays readable in the service.',
});
