import { ForbiddenProblem, NotFoundProblem, type Principal } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import type { MatchActor } from './match-lifecycle.js';
import { Match } from './match.entity.js';

/** Who calls, as the match lifecycle sees them; always within one centre. */
export interface MatchCaller {
  actor: Exclude<MatchActor, 'system'>;
  subject: string;
  centreId: string;
  /** For a volunteer: only their own matches. */
  volunteerId?: string;
  /** For an organisation coordinator: only their organisation's matches. */
  organisationId?: string;
}

/** Consultants act for their centre; volunteers and coordinators only for themselves. */
export function matchCallerOf(principal: Principal): MatchCaller {
  if (!principal.centreId) throw new ForbiddenProblem('This token is not bound to a centre');
  const base = { subject: principal.subject, centreId: principal.centreId.toLowerCase() };
  if (principal.roles.includes('consultant')) return { ...base, actor: 'consultant' };
  if (principal.roles.includes('organisation-coordinator')) {
    if (!principal.organisationId) throw new ForbiddenProblem('This token names no organisation');
    return { ...base, actor: 'organisation', organisationId: principal.organisationId.toLowerCase() };
  }
  if (principal.roles.includes('volunteer')) {
    if (!principal.volunteerId) throw new ForbiddenProblem('This token names no volunteer');
    return { ...base, actor: 'volunteer', volunteerId: principal.volunteerId.toLowerCase() };
  }
  throw new ForbiddenProblem();
}

/** The rows a caller may see, as a TypeORM where clause. */
export function visibleMatches(caller: MatchCaller): { centreId: string; volunteerId?: string; organisationId?: string } {
  return {
    centreId: caller.centreId,
    ...(caller.volunteerId !== undefined ? { volunteerId: caller.volunteerId } : {}),
    ...(caller.organisationId !== undefined ? { organisationId: caller.organisationId } : {}),
  };
}

/**
 * The match if the caller may see it; anything else is the same 404 as an unknown id. `lock`
 * holds the row until the transaction ends, so transitions of one match happen one at a time.
 */
export async function findMatch(manager: EntityManager, caller: MatchCaller, id: string, options: { lock?: boolean } = {}): Promise<Match> {
  const match = await manager.findOne(Match, {
    where: { id, ...visibleMatches(caller) },
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!match) throw new NotFoundProblem('match', id);
  return match;
}
