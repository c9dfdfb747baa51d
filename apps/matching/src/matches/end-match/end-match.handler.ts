import { Inject, Injectable } from '@nestjs/common';
import { placementCompletedV1 } from '@vc/contracts';
import { todayInAmsterdam, ValidationProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { placementEvent } from '../../placements/placement-events.js';
import { Placement } from '../../placements/placement.entity.js';
import { findMatch, type MatchCaller } from '../match-access.js';
import { MatchTransitions } from '../match-transitions.js';
import type { Match } from '../match.entity.js';
import { WorkflowEvents } from '../workflow-events.js';
import type { EndMatchRequest } from './end-match.request.dto.js';

@Injectable()
export class EndMatchHandler {
  constructor(
    @Inject(MatchTransitions) private readonly transitions: MatchTransitions,
    @Inject(WorkflowEvents) private readonly events: WorkflowEvents,
  ) {}

  /**
   * A started match ends with an outcome and the consultant's evaluation. Its placement completes
   * with it, except a MaS placement, which completes when the school signs it off.
   */
  async endMatch(manager: EntityManager, caller: MatchCaller, id: string, request: EndMatchRequest, now = new Date()): Promise<Match> {
    const today = todayInAmsterdam(now);
    const endedOn = request.endedOn ?? today;
    if (endedOn > today) throw new ValidationProblem([{ field: 'endedOn', messages: ['endedOn must not be in the future'] }]);
    const match = await findMatch(manager, caller, id, { lock: true });
    if (match.startedOn !== null && endedOn < match.startedOn) {
      throw new ValidationProblem([{ field: 'endedOn', messages: [`endedOn must not be before the match started (${match.startedOn})`] }]);
    }
    await this.transitions.apply(
      manager,
      match,
      'end',
      { actor: caller.actor, subject: caller.subject },
      { endedOn, outcome: request.outcome, evaluation: request.evaluation.trim() },
      now,
    );
    const placement = await manager.findOne(Placement, { where: { matchId: match.id }, lock: { mode: 'pessimistic_write' } });
    if (placement && !placement.mas && placement.status === 'active') {
      Object.assign(placement, { status: 'completed', completedOn: endedOn });
      await manager.update(Placement, { id: placement.id }, { status: 'completed', completedOn: endedOn });
      await this.events.publish(manager, placementCompletedV1, placementEvent(placement, now));
    }
    return match;
  }
}
