import { Inject, Injectable } from '@nestjs/common';
import { todayInAmsterdam, UnprocessableProblem, ValidationProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { openPlacement } from '../../placements/open-placement.js';
import { VolunteerRead } from '../../read-models/volunteer-read.entity.js';
import { findMatch, type MatchCaller } from '../match-access.js';
import { MatchTransitions } from '../match-transitions.js';
import type { Match } from '../match.entity.js';
import { WorkflowEvents } from '../workflow-events.js';
import type { StartMatchRequest } from './start-match.request.dto.js';

@Injectable()
export class StartMatchHandler {
  constructor(
    @Inject(MatchTransitions) private readonly transitions: MatchTransitions,
    @Inject(WorkflowEvents) private readonly events: WorkflowEvents,
  ) {}

  /** The work starts: the match moves to started and its placement opens, MaS terms included. */
  async startMatch(manager: EntityManager, caller: MatchCaller, id: string, request: StartMatchRequest, now = new Date()): Promise<Match> {
    const today = todayInAmsterdam(now);
    const startedOn = request.startedOn ?? today;
    if (startedOn > today) throw new ValidationProblem([{ field: 'startedOn', messages: ['startedOn must not be in the future'] }]);
    if (request.mas && !Number.isInteger(request.mas.requiredHours * 4)) {
      throw new ValidationProblem([{ field: 'mas.requiredHours', messages: ['mas.requiredHours must be whole quarters of an hour'] }]);
    }
    const match = await findMatch(manager, caller, id, { lock: true });
    if (request.mas && match.volunteerId !== null) {
      const volunteer = await manager.findOneBy(VolunteerRead, { volunteerId: match.volunteerId });
      if (volunteer && !volunteer.isStudent) throw new UnprocessableProblem('Only a student does a maatschappelijke stage', 'not-a-student');
    }
    await this.transitions.apply(manager, match, 'start', { actor: caller.actor, subject: caller.subject }, { startedOn }, now);
    await openPlacement(manager, this.events, match, request.mas, now);
    return match;
  }
}
