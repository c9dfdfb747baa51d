import type { MatchStatus } from '@vc/contracts';
import { ForbiddenProblem, InvalidTransitionProblem } from '@vc/service-kit';

/**
 * proposed → interested → introduced → accepted | declined; accepted → started → ended. A direct
 * sign-up for a one-off activity starts as accepted. Any status that is not final may be withdrawn.
 */
export type MatchAction = 'express-interest' | 'introduce' | 'accept' | 'decline' | 'start' | 'end' | 'withdraw';

/**
 * Who acts. A consultant may record the volunteer's or the organisation's answer on their behalf
 * (mediated people often answer by phone); the match's history says who did it.
 */
export type MatchActor = 'consultant' | 'volunteer' | 'organisation' | 'system';

export const FINAL_MATCH_STATUSES: readonly MatchStatus[] = ['declined', 'ended', 'withdrawn'];
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['proposed', 'interested', 'introduced', 'accepted', 'started'];

interface Rule {
  from: readonly MatchStatus[];
  to: MatchStatus;
  actors: readonly MatchActor[];
}

export const MATCH_RULES: Readonly<Record<MatchAction, Rule>> = {
  'express-interest': { from: ['proposed'], to: 'interested', actors: ['volunteer', 'consultant'] },
  introduce: { from: ['interested'], to: 'introduced', actors: ['consultant'] },
  accept: { from: ['introduced'], to: 'accepted', actors: ['organisation', 'consultant'] },
  decline: { from: ['introduced'], to: 'declined', actors: ['organisation', 'consultant'] },
  start: { from: ['accepted'], to: 'started', actors: ['consultant'] },
  end: { from: ['started'], to: 'ended', actors: ['consultant'] },
  withdraw: { from: OPEN_MATCH_STATUSES, to: 'withdrawn', actors: ['volunteer', 'consultant', 'system'] },
};

/**
 * The status `action` by `actor` leads to from `from`: a 403 when the actor may never take this
 * step, a 409 invalid-transition (naming both statuses) when the match is not in a status it starts from.
 */
export function nextMatchStatus(from: MatchStatus, action: MatchAction, actor: MatchActor): MatchStatus {
  const rule = MATCH_RULES[action];
  if (!rule.actors.includes(actor)) throw new ForbiddenProblem(`A ${actor} cannot ${action.replace('-', ' ')} a match`);
  if (!rule.from.includes(from)) throw new InvalidTransitionProblem(from, rule.to);
  return rule.to;
}
