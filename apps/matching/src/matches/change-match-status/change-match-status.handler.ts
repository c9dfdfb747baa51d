import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findMatch, type MatchCaller } from '../match-access.js';
import type { MatchAction } from '../match-lifecycle.js';
import { MatchTransitions } from '../match-transitions.js';
import type { Match } from '../match.entity.js';

/** The steps that need nothing but the caller's word: interest, introduction, the organisation's answer, withdrawal. */
export type SimpleMatchAction = Extract<MatchAction, 'express-interest' | 'introduce' | 'accept' | 'decline' | 'withdraw'>;

@Injectable()
export class ChangeMatchStatusHandler {
  constructor(@Inject(MatchTransitions) private readonly transitions: MatchTransitions) {}

  async change(manager: EntityManager, caller: MatchCaller, id: string, action: SimpleMatchAction): Promise<Match> {
    const match = await findMatch(manager, caller, id, { lock: true });
    return this.transitions.apply(manager, match, action, { actor: caller.actor, subject: caller.subject });
  }
}
