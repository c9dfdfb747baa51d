import { Inject, Injectable } from '@nestjs/common';
import {
  matchAcceptedV1,
  matchDeclinedV1,
  matchEndedV1,
  matchInterestExpressedV1,
  matchIntroducedV1,
  matchStartedV1,
  matchWithdrawnV1,
  type EventContract,
  type MatchSnapshotV1,
} from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { releasePlace } from './activity-places.js';
import { nextMatchStatus, type MatchAction, type MatchActor } from './match-lifecycle.js';
import { Match } from './match.entity.js';
import { matchEvent, WorkflowEvents } from './workflow-events.js';

const EVENT_OF: Readonly<Record<MatchAction, EventContract<MatchSnapshotV1>>> = {
  'express-interest': matchInterestExpressedV1,
  introduce: matchIntroducedV1,
  accept: matchAcceptedV1,
  decline: matchDeclinedV1,
  start: matchStartedV1,
  end: matchEndedV1,
  withdraw: matchWithdrawnV1,
};

/**
 * Moves a match (locked by the caller) one step, records who took it, and adds the event that
 * announces it, all in the caller's transaction. A withdrawn sign-up gives its place back.
 */
@Injectable()
export class MatchTransitions {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  async apply(
    manager: EntityManager,
    match: Match,
    action: MatchAction,
    by: { actor: MatchActor; subject: string | null },
    changes: Partial<Pick<Match, 'startedOn' | 'endedOn' | 'outcome' | 'evaluation'>> = {},
    now = new Date(),
  ): Promise<Match> {
    const from = match.status;
    const status = nextMatchStatus(from, action, by.actor);
    const update: Partial<Match> = { status, ...changes, updatedAt: now };
    await manager.update(Match, { id: match.id }, update);
    Object.assign(match, update);
    await manager.query(
      `INSERT INTO match_transition (match_id, centre_id, from_status, to_status, actor, actor_subject, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [match.id, match.centreId, from, status, by.actor, by.subject, now],
    );
    // A sign-up that will not take place frees its place for the next volunteer.
    if (action === 'withdraw' && match.origin === 'sign-up') await releasePlace(manager, match.vacancyId);
    await this.events.publish(manager, EVENT_OF[action], matchEvent(match, now));
    return match;
  }
}
