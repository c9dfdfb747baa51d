import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { DealStatus } from './partnerships-values.js';
import { dealExample, DealSnapshotV1 } from './deal-snapshot.v1.js';

export class DealRatifiedV1 extends DealSnapshotV1 {
  @IsIn([DealStatus.Ratified])
  status!: typeof DealStatus.Ratified;
}

export const dealRatifiedV1 = defineEvent({
  type: 'partnerships.deal.ratified',
  version: 1,
  topic: 'partnerships.deal.v1',
  privacy: 'public',
  payload: DealRatifiedV1,
  example: { ...dealExample, status: 'ratified' },
  description:
    'Both parties and the organiser confirmed the deal form. From now on the contact party has two weeks to make contact; partnerships raises partnerships.deal.follow-up-requested once if it does not.',
});
