import type { MatchStatus } from '@vc/contracts';
import { DomainProblem, ForbiddenProblem, InvalidTransitionProblem } from '@vc/service-kit';
import { nextMatchStatus, type MatchAction, type MatchActor } from './match-lifecycle.js';

const STATUSES: MatchStatus[] = ['proposed', 'interested', 'introduced', 'accepted', 'declined', 'started', 'ended', 'withdrawn'];
const ACTIONS: MatchAction[] = ['express-interest', 'introduce', 'accept', 'decline', 'start', 'end', 'withdraw'];

/** Every allowed step, written out by hand: anything not here must be refused. */
const ALLOWED: Record<string, MatchStatus> = {
  'proposed express-interest': 'interested',
  'interested introduce': 'introduced',
  'introduced accept': 'accepted',
  'introduced decline': 'declined',
  'accepted start': 'started',
  'started end': 'ended',
  'proposed withdraw': 'withdrawn',
  'interested withdraw': 'withdrawn',
  'introduced withdraw': 'withdrawn',
  'accepted withdraw': 'withdrawn',
  'started withdraw': 'withdrawn',
};

/** The actor that may take each step (a consultant may take all of them but none of the system's). */
const ACTOR: Record<MatchAction, MatchActor> = {
  'express-interest': 'volunteer',
  introduce: 'consultant',
  accept: 'organisation',
  decline: 'organisation',
  start: 'consultant',
  end: 'consultant',
  withdraw: 'volunteer',
};

const cases = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action, ALLOWED[`${from} ${action}`]] as const));

function problemOf(work: () => unknown): DomainProblem {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainProblem) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('match lifecycle', () => {
  it.each(cases.filter(([, , to]) => to !== undefined))('%s --%s--> %s', (from, action, to) => {
    expect(nextMatchStatus(from, action, ACTOR[action])).toBe(to);
  });

  it.each(cases.filter(([, , to]) => to === undefined))('refuses %s --%s-- with a 409 naming both statuses', (from, action) => {
    const problem = problemOf(() => nextMatchStatus(from, action, ACTOR[action]));
    expect(problem).toBeInstanceOf(InvalidTransitionProblem);
    expect(problem.status).toBe(409);
    expect(problem.extensions.from).toBe(from);
    expect(problem.detail).toMatch(new RegExp(`Cannot go from ${from} to `));
  });

  it.each<[MatchAction, MatchActor]>([
    ['express-interest', 'organisation'],
    ['introduce', 'volunteer'],
    ['introduce', 'organisation'],
    ['accept', 'volunteer'],
    ['decline', 'volunteer'],
    ['start', 'volunteer'],
    ['start', 'organisation'],
    ['end', 'organisation'],
    ['withdraw', 'organisation'],
    ['express-interest', 'system'],
  ])('refuses %s by a %s with a 403, whatever the status', (action, actor) => {
    for (const from of STATUSES) {
      expect(problemOf(() => nextMatchStatus(from, action, actor))).toBeInstanceOf(ForbiddenProblem);
    }
  });

  it.each<[MatchAction, MatchStatus, MatchStatus]>([
    ['express-interest', 'proposed', 'interested'],
    ['accept', 'introduced', 'accepted'],
    ['decline', 'introduced', 'declined'],
    ['withdraw', 'started', 'withdrawn'],
  ])('lets a consultant %s on behalf of the volunteer or organisation (%s → %s)', (action, from, to) => {
    expect(nextMatchStatus(from, action, 'consultant')).toBe(to);
  });

  it('lets the system withdraw an open match (erasure) but not a final one', () => {
    expect(nextMatchStatus('accepted', 'withdraw', 'system')).toBe('withdrawn');
    expect(problemOf(() => nextMatchStatus('ended', 'withdraw', 'system'))).toBeInstanceOf(InvalidTransitionProblem);
  });
});
