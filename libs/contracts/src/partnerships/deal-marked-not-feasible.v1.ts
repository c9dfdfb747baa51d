import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { DealStatus } from './partnerships-values.js';
import { dealExample, DealSnapshotV1 } from './deal-snapshot.v1.js';

export class DealMarkedNotFeasibleV1 extends DealSnapshotV1 {
  @IsIn([DealStatus.NotFeasible])
  status!: typeof DealStatus.NotFeasible;
}

export const dealMarkedNotFeasibleV1 = defineEvent({
  type: 'partnerships.deal.marked-not-feasible',
  version: 1,
  topic: 'partnerships.deal.v1',
  privacy: 'public',
  payload: DealMarkedNotFeasibleV1,
  example: { ...dealExample, status: 'not-feasible' },
  description:
    'The deal turned out not to be feasible (the reason stays in the service, as free text may name people). A deal can be marked not feasible from pledged, ratified or contacted.',
});
