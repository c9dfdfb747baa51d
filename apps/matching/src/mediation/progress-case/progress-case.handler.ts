import { Inject, Injectable } from '@nestjs/common';
import {
  mediationCaseClosedV1,
  mediationCaseConsultantAssignedV1,
  mediationCaseIntakeRecordedV1,
  mediationCasePlacedV1,
  type MediationOutcome,
} from '@vc/contracts';
import { NotFoundProblem, todayInAmsterdam, UnprocessableProblem, ValidationProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Match } from '../../matches/match.entity.js';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { VolunteerRead } from '../../read-models/volunteer-read.entity.js';
import { findCase } from '../mediation-access.js';
import { MediationCase } from '../mediation-case.entity.js';
import { caseEvent } from '../mediation-events.js';
import { followUpsFor, nextMediationStatus } from '../mediation-lifecycle.js';
import type { AssignConsultantRequest, CloseCaseRequest, PlaceCaseRequest, RecordIntakeRequest } from './progress-case.request.dto.js';

function notInFuture(field: string, day: string, today: string): void {
  if (day > today) throw new ValidationProblem([{ field, messages: [`${field} must not be in the future`] }]);
}

/** Each step locks the case, checks the lifecycle, changes it and adds its event, in one transaction. */
@Injectable()
export class ProgressCaseHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  async assign(manager: EntityManager, centreId: string, id: string, caller: string, request: AssignConsultantRequest, now = new Date()) {
    const found = await findCase(manager, centreId, id, { lock: true });
    const status = nextMediationStatus(found.status, 'assign');
    return this.save(manager, found, { status, consultantId: request.consultantId?.trim() ?? caller }, mediationCaseConsultantAssignedV1, now);
  }

  async recordIntake(manager: EntityManager, centreId: string, id: string, request: RecordIntakeRequest, now = new Date()) {
    const intakeOn = request.intakeOn ?? todayInAmsterdam(now);
    notInFuture('intakeOn', intakeOn, todayInAmsterdam(now));
    const found = await findCase(manager, centreId, id, { lock: true });
    const status = nextMediationStatus(found.status, 'record-intake');
    let volunteerId = found.volunteerId;
    if (request.volunteerId !== undefined) {
      const requested = request.volunteerId.toLowerCase();
      if (volunteerId !== null && volunteerId !== requested) throw new UnprocessableProblem('The case is linked to another person', 'case-of-another-volunteer');
      if (!(await manager.existsBy(VolunteerRead, { volunteerId: requested, centreId }))) throw new NotFoundProblem('volunteer', requested);
      volunteerId = requested;
    }
    if (volunteerId === null) {
      throw new ValidationProblem([{ field: 'volunteerId', messages: ['volunteerId is required: the referral did not name the person'] }]);
    }
    return this.save(manager, found, { status, intakeOn, goals: request.goals.trim(), volunteerId }, mediationCaseIntakeRecordedV1, now);
  }

  /** The person was placed through one of their matches; follow-ups fall due 3 and 6 months later. */
  async place(manager: EntityManager, centreId: string, id: string, request: PlaceCaseRequest, now = new Date()) {
    const found = await findCase(manager, centreId, id, { lock: true });
    const status = nextMediationStatus(found.status, 'place');
    const match = await manager.findOneBy(Match, { id: request.matchId.toLowerCase(), centreId });
    if (!match || match.volunteerId !== found.volunteerId) throw new NotFoundProblem('match of this person', request.matchId);
    if (match.status !== 'accepted' && match.status !== 'started') {
      throw new UnprocessableProblem(`A placement needs an accepted or started match; this one is ${match.status}`, 'match-not-placed');
    }
    const placedOn = request.placedOn ?? match.startedOn ?? todayInAmsterdam(now);
    notInFuture('placedOn', placedOn, todayInAmsterdam(now));
    const saved = await this.save(manager, found, { status, placedOn, placementMatchId: match.id }, mediationCasePlacedV1, now);
    for (const followUp of followUpsFor(placedOn)) {
      await manager.query(
        `INSERT INTO mediation_follow_up (id, case_id, centre_id, region_id, kind, due_on) VALUES ($1, $2, $3, $4, $5, $6)`,
        [uuidv7(), found.id, found.centreId, found.regionId, followUp.kind, followUp.dueOn],
      );
    }
    return saved;
  }

  async close(manager: EntityManager, centreId: string, id: string, request: CloseCaseRequest, now = new Date()) {
    const closedOn = request.closedOn ?? todayInAmsterdam(now);
    notInFuture('closedOn', closedOn, todayInAmsterdam(now));
    const found = await findCase(manager, centreId, id, { lock: true });
    const status = nextMediationStatus(found.status, 'close');
    return this.save(manager, found, { status, closedOn, outcome: request.outcome as MediationOutcome }, mediationCaseClosedV1, now);
  }

  private async save(
    manager: EntityManager,
    found: MediationCase,
    changes: Partial<MediationCase>,
    contract: Parameters<WorkflowEvents['publish']>[1],
    now: Date,
  ): Promise<MediationCase> {
    Object.assign(found, changes, { updatedAt: now });
    await manager.update(MediationCase, { id: found.id }, { ...changes, updatedAt: now });
    await this.events.publish(manager, contract, caseEvent(found, now));
    return found;
  }
}
