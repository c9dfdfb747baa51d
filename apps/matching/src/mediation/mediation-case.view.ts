import type { FollowUpKind, MediationCaseStatus, MediationOutcome } from '@vc/contracts';
import { referralStatusOf, type ReferralStatus } from './mediation-lifecycle.js';
import type { MediationCase } from './mediation-case.entity.js';

/** What a consultant sees of a case without opening its file: no reason, goals or notes. */
export interface CaseView {
  id: string;
  centreId: string;
  volunteerId: string | null;
  status: MediationCaseStatus;
  sourceOrganisation: string | null;
  consultantId: string | null;
  referredOn: string;
  intakeOn: string | null;
  placedOn: string | null;
  placementMatchId: string | null;
  closedOn: string | null;
  outcome: MediationOutcome | null;
  consentWithdrawn: boolean;
  followUps: Array<{ id: string; kind: FollowUpKind; dueOn: string; reminded: boolean; doneOn: string | null }>;
}

export interface FollowUpViewRow {
  id: string;
  kind: FollowUpKind;
  due_on: string;
  reminded_at: Date | null;
  done_on: string | null;
}

export function caseViewOf(mediationCase: MediationCase, followUps: FollowUpViewRow[]): CaseView {
  return {
    id: mediationCase.id,
    centreId: mediationCase.centreId,
    volunteerId: mediationCase.volunteerId,
    status: mediationCase.status,
    sourceOrganisation: mediationCase.sourceOrganisation,
    consultantId: mediationCase.consultantId,
    referredOn: mediationCase.referredOn,
    intakeOn: mediationCase.intakeOn,
    placedOn: mediationCase.placedOn,
    placementMatchId: mediationCase.placementMatchId,
    closedOn: mediationCase.closedOn,
    outcome: mediationCase.outcome,
    consentWithdrawn: mediationCase.consentWithdrawnAt !== null,
    followUps: followUps.map((f) => ({ id: f.id, kind: f.kind, dueOn: f.due_on, reminded: f.reminded_at !== null, doneOn: f.done_on })),
  };
}

/** All a referrer may know: that their referral is open, placed or ended, and since when it exists. */
export interface ReferralView {
  id: string;
  status: ReferralStatus;
  referredOn: string;
}

export function referralViewOf(mediationCase: MediationCase): ReferralView {
  return { id: mediationCase.id, status: referralStatusOf(mediationCase.status), referredOn: mediationCase.referredOn };
}
