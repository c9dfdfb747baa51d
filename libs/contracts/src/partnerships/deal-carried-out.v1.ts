import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { DealStatus } from './partnerships-values.js';
import { dealExample, DealSnapshotV1 } from './deal-snapshot.v1.js';

export class DealCarriedOutV1 extends DealSnapshotV1 {
  @IsIn([DealStatus.CarriedOut])
  status!: typeof DealStatus.CarriedOut;
}

export const dealCarriedOutV1 = defineEvent({
  type: 'partnerships.deal.carried-out',
  version: 1,
  topic: 'partnerships.deal.v1',
  privacy: 'public',
  payload: DealCarriedOutV1,
  example: { ...dealExample, estimatedValueEur: 2400, status: 'carried-out' },
  description:
    'The deal was carried out. Results count it as carried out; its estimated social value, when given, is in estimatedValueEur.',
});
