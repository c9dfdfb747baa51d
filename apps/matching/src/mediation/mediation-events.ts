import type { FollowUpKind, MediationCaseSnapshotV1, MediationFollowUpV1 } from '@vc/contracts';
import { present } from '../matches/workflow-events.js';
import type { MediationCase } from './mediation-case.entity.js';

/** The public snapshot: status, dates, centre, region, consultant. Never the person, referrer, reason, goals or notes. */
export function casePayload(mediationCase: MediationCase, changedAt: Date): MediationCaseSnapshotV1 {
  return {
    caseId: mediationCase.id,
    centreId: mediationCase.centreId,
    regionId: mediationCase.regionId,
    status: mediationCase.status,
    consultantId: present(mediationCase.consultantId),
    referredOn: mediationCase.referredOn,
    intakeOn: present(mediationCase.intakeOn),
    placedOn: present(mediationCase.placedOn),
    closedOn: present(mediationCase.closedOn),
    outcome: present(mediationCase.outcome),
    changedAt: changedAt.toISOString(),
  };
}

export const caseEvent = (mediationCase: MediationCase, changedAt: Date) => ({
  subject: mediationCase.id,
  centreId: mediationCase.centreId,
  regionId: mediationCase.regionId,
  payload: casePayload(mediationCase, changedAt),
});

export interface FollowUpRow {
  id: string;
  kind: FollowUpKind;
  dueOn: string;
  doneOn: string | null;
}

export const followUpEvent = (mediationCase: MediationCase, followUp: FollowUpRow, changedAt: Date) => ({
  subject: mediationCase.id,
  centreId: mediationCase.centreId,
  regionId: mediationCase.regionId,
  payload: {
    ...casePayload(mediationCase, changedAt),
    followUp: { followUpId: followUp.id, kind: followUp.kind, dueOn: followUp.dueOn, doneOn: present(followUp.doneOn) },
  } satisfies MediationFollowUpV1,
});
