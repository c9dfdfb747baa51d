import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { DealStatus } from './partnerships-values.js';
import { dealExample, DealSnapshotV1 } from './deal-snapshot.v1.js';

export class DealPledgedV1 extends DealSnapshotV1 {
  @IsIn([DealStatus.Pledged])
  status!: typeof DealStatus.Pledged;
}

export const dealPledgedV1 = defineEvent({
  type: 'partnerships.deal.pledged',
  version: 1,
  topic: 'partnerships.deal.v1',
  privacy: 'public',
  payload: DealPledgedV1,
  example: { ...dealExample, status: 'pledged' },
  description:
    'A business and a volunteer organisation pledged a deal, at a Beursvloer or outside one. It still has to be ratified: both parties and the organiser confirm the deal form.',
});
