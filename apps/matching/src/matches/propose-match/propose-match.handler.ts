import { Inject, Injectable } from '@nestjs/common';
import { matchProposedV1 } from '@vc/contracts';
import { NotFoundProblem, todayInAmsterdam, UnprocessableProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { MediationCase } from '../../mediation/mediation-case.entity.js';
import type { MatchCaller } from '../match-access.js';
import { availableVolunteer, isOpenMatchConflict, openMatchExists, openVacancy } from '../match-parties.js';
import { Match } from '../match.entity.js';
import { matchEvent, WorkflowEvents } from '../workflow-events.js';
import type { ProposeMatchRequest } from './propose-match.request.dto.js';

@Injectable()
export class ProposeMatchHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  /** A consultant proposes a vacancy of their centre to a volunteer of their centre. */
  async proposeMatch(manager: EntityManager, caller: MatchCaller, request: ProposeMatchRequest, now = new Date()): Promise<Match> {
    const volunteerId = request.volunteerId.toLowerCase();
    const volunteer = await availableVolunteer(manager, caller.centreId, volunteerId);
    const vacancy = await openVacancy(manager, caller.centreId, request.vacancyId.toLowerCase());
    const mediationCaseId = request.mediationCaseId?.toLowerCase() ?? null;
    if (mediationCaseId !== null) await this.assertCaseOf(manager, caller.centreId, mediationCaseId, volunteerId);

    const match = manager.create(Match, {
      id: uuidv7(),
      centreId: caller.centreId,
      regionId: vacancy.regionId,
      volunteerId: volunteer.volunteerId,
      vacancyId: vacancy.vacancyId,
      organisationId: vacancy.organisationId,
      mediationCaseId,
      origin: request.fromSuggestion === true ? 'system' : 'consultant',
      status: 'proposed',
      proposedBy: caller.subject,
      proposedOn: todayInAmsterdam(now),
      startedOn: null,
      endedOn: null,
      outcome: null,
      evaluation: null,
    });
    try {
      await manager.insert(Match, match);
    } catch (error) {
      if (isOpenMatchConflict(error)) throw openMatchExists();
      throw error;
    }
    await manager.query(
      `INSERT INTO match_transition (match_id, centre_id, from_status, to_status, actor, actor_subject, at) VALUES ($1, $2, NULL, 'proposed', 'consultant', $3, $4)`,
      [match.id, match.centreId, caller.subject, now],
    );
    await this.events.publish(manager, matchProposedV1, matchEvent(match, now));
    return match;
  }

  private async assertCaseOf(manager: EntityManager, centreId: string, caseId: string, volunteerId: string): Promise<void> {
    const found = await manager.findOneBy(MediationCase, { id: caseId, centreId });
    if (!found) throw new NotFoundProblem('mediation case', caseId);
    if (found.volunteerId !== volunteerId) {
      throw new UnprocessableProblem('The mediation case is about another person, or no person is linked to it yet', 'case-of-another-volunteer');
    }
    if (found.status === 'closed') throw new UnprocessableProblem('The mediation case is closed', 'case-closed');
  }
}
