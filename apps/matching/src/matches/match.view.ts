import type { MatchOrigin, MatchOutcome, MatchStatus } from '@vc/contracts';
import type { Match } from './match.entity.js';

export interface MatchView {
  id: string;
  centreId: string;
  volunteerId: string | null;
  vacancyId: string;
  organisationId: string;
  mediationCaseId: string | null;
  origin: MatchOrigin;
  status: MatchStatus;
  proposedOn: string;
  startedOn: string | null;
  endedOn: string | null;
  outcome: MatchOutcome | null;
  /** Only consultants read the evaluation. */
  evaluation?: string | null;
}

export function matchViewOf(match: Match, options: { withEvaluation: boolean }): MatchView {
  return {
    id: match.id,
    centreId: match.centreId,
    volunteerId: match.volunteerId,
    vacancyId: match.vacancyId,
    organisationId: match.organisationId,
    mediationCaseId: options.withEvaluation ? match.mediationCaseId : null,
    origin: match.origin,
    status: match.status,
    proposedOn: match.proposedOn,
    startedOn: match.startedOn,
    endedOn: match.endedOn,
    outcome: match.outcome,
    ...(options.withEvaluation ? { evaluation: match.evaluation } : {}),
  };
}
