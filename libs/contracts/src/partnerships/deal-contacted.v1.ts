import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { DealStatus } from './partnerships-values.js';
import { dealExample, DealSnapshotV1 } from './deal-snapshot.v1.js';

export class DealContactedV1 extends DealSnapshotV1 {
  @IsIn([DealStatus.Contacted])
  status!: typeof DealStatus.Contacted;
}

export const dealContactedV1 = defineEvent({
  type: 'partnerships.deal.contacted',
  version: 1,
  topic: 'partnerships.deal.v1',
  privacy: 'public',
  payload: DealContactedV1,
  example: { ...dealExample, status: 'contacted' },
  description:
    'The contact party made contact with the other party after ratification.',
});
