import { Inject, Injectable } from '@nestjs/common';
import { mediationCaseReferredV1 } from '@vc/contracts';
import { NotFoundProblem, todayInAmsterdam } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { VolunteerRead } from '../../read-models/volunteer-read.entity.js';
import { regionOfCentre } from '../mediation-access.js';
import { MediationCase } from '../mediation-case.entity.js';
import { caseEvent } from '../mediation-events.js';
import type { ReferCaseRequest } from './refer-case.request.dto.js';

@Injectable()
export class ReferCaseHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  /** Opens a case; `referrerSubject` is the referrer who may follow it (null when a consultant opens it). */
  async refer(manager: EntityManager, centreId: string, referrerSubject: string | null, request: ReferCaseRequest, now = new Date()): Promise<MediationCase> {
    const regionId = await regionOfCentre(manager, centreId);
    const volunteerId = request.volunteerId?.toLowerCase() ?? null;
    if (volunteerId !== null && !(await manager.existsBy(VolunteerRead, { volunteerId, centreId }))) throw new NotFoundProblem('volunteer', volunteerId);
    const mediationCase = manager.create(MediationCase, {
      id: uuidv7(),
      centreId,
      regionId,
      volunteerId,
      status: 'referred',
      sourceOrganisation: request.sourceOrganisation.trim(),
      referrerSubject,
      referralReason: request.reason.trim(),
      consentGivenAt: now,
      consentWithdrawnAt: null,
      consultantId: null,
      referredOn: todayInAmsterdam(now),
      intakeOn: null,
      goals: null,
      placedOn: null,
      placementMatchId: null,
      closedOn: null,
      outcome: null,
    });
    await manager.insert(MediationCase, mediationCase);
    await this.events.publish(manager, mediationCaseReferredV1, caseEvent(mediationCase, now));
    return mediationCase;
  }
}
