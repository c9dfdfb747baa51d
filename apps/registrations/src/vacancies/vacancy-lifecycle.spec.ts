import { InvalidTransitionProblem } from '@vc/service-kit';
import { nextVacancyStatus, type VacancyAction } from './vacancy-lifecycle.js';
import type { VacancyStatus } from './vacancy.entity.js';

const STATUSES: VacancyStatus[] = ['draft', 'published', 'filled', 'closed', 'expired'];
const ACTIONS: VacancyAction[] = ['publish', 'fill', 'close', 'expire'];

const ALLOWED: Record<string, VacancyStatus> = {
  'draft publish': 'published',
  'published fill': 'filled',
  'published close': 'closed',
  'published expire': 'expired',
  'filled publish': 'published',
  'filled close': 'closed',
};

const cases = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action, ALLOWED[`${from} ${action}`]] as const));

describe('vacancy lifecycle', () => {
  it.each(cases.filter(([, , to]) => to !== undefined))('%s --%s--> %s', (from, action, to) => {
    expect(nextVacancyStatus(from, action)).toBe(to);
  });

  it.each(cases.filter(([, , to]) => to === undefined))('refuses %s --%s-- as an invalid transition', (from, action) => {
    let thrown: unknown;
    try {
      nextVacancyStatus(from, action);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidTransitionProblem);
    expect((thrown as InvalidTransitionProblem).status).toBe(409);
    expect((thrown as InvalidTransitionProblem).extensions.from).toBe(from);
  });
});
