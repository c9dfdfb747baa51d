import { Inject, Injectable } from '@nestjs/common';
import { masSignOffRecordedV1, placementCompletedV1 } from '@vc/contracts';
import { ConflictProblem, todayInAmsterdam } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { signOffRefusal } from '../hours-rules.js';
import { findPlacement, type PlacementCaller } from '../placement-access.js';
import { masSignOffEvent, placementEvent } from '../placement-events.js';
import { Placement } from '../placement.entity.js';

@Injectable()
export class SignOffHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  /**
   * The school coordinator signs a MaS placement off once its required hours are confirmed. The
   * completion event is what training issues the certificate from; the restricted sign-off record,
   * in the same outbox write, is how notifications learns which school to tell (ADR 47).
   */
  async signOff(manager: EntityManager, caller: PlacementCaller, placementId: string, now = new Date()): Promise<Placement> {
    const placement = await findPlacement(manager, caller, placementId, { lock: true });
    const refusal = signOffRefusal(placement);
    if (refusal !== null) throw new ConflictProblem(refusal, 'cannot-sign-off');
    const changes = { status: 'completed' as const, completedOn: todayInAmsterdam(now), signedOffBy: caller.subject };
    await manager.update(Placement, { id: placement.id }, changes);
    Object.assign(placement, changes);
    await this.events.publish(manager, placementCompletedV1, placementEvent(placement, now));
    await this.events.publish(manager, masSignOffRecordedV1, masSignOffEvent(placement));
    return placement;
  }
}
