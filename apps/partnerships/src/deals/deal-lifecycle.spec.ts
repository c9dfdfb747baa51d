import { DealStatus } from '@vc/contracts';
import { ConflictProblem, InvalidTransitionProblem } from '@vc/service-kit';
import { confirmDeal, DEAL_TRANSITIONS, statusAfter, type DealAction } from './deal-lifecycle.js';

const STATUSES = Object.values(DealStatus);
const ACTIONS: DealAction[] = ['confirm', 'record-contact', 'carry-out', 'mark-not-feasible'];

/** The whole table, written out: every state against every action. */
const EXPECTED: Record<DealStatus, Record<DealAction, DealStatus | 'refused'>> = {
  pledged: { confirm: 'ratified', 'record-contact': 'refused', 'carry-out': 'refused', 'mark-not-feasible': 'not-feasible' },
  ratified: { confirm: 'refused', 'record-contact': 'contacted', 'carry-out': 'refused', 'mark-not-feasible': 'not-feasible' },
  contacted: { confirm: 'refused', 'record-contact': 'refused', 'carry-out': 'carried-out', 'mark-not-feasible': 'not-feasible' },
  'carried-out': { confirm: 'refused', 'record-contact': 'refused', 'carry-out': 'refused', 'mark-not-feasible': 'refused' },
  'not-feasible': { confirm: 'refused', 'record-contact': 'refused', 'carry-out': 'refused', 'mark-not-feasible': 'refused' },
};

const cases = STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const));

describe('deal lifecycle', () => {
  it.each(cases)('from %s, %s gives %s', (status, action, expected) => {
    if (expected === 'refused') {
      expect(() => statusAfter(status, action)).toThrow(InvalidTransitionProblem);
    } else {
      expect(statusAfter(status, action)).toBe(expected);
    }
  });

  it('covers exactly the states of the contract', () => {
    expect(Object.keys(DEAL_TRANSITIONS).sort()).toEqual([...STATUSES].sort());
  });

  it('names both states in the refusal', () => {
    try {
      statusAfter('carried-out', 'mark-not-feasible');
      throw new Error('not refused');
    } catch (error) {
      expect((error as InvalidTransitionProblem).extensions).toEqual({ from: 'carried-out', to: 'not-feasible' });
    }
  });
});

describe('confirmDeal', () => {
  const by = (account: string) => ({ at: '2027-10-07T15:00:00.000Z', account });

  it('stays pledged until the business, the organisation and the organiser have all confirmed', () => {
    const first = confirmDeal('pledged', {}, 'business', by('b'));
    const second = confirmDeal(first.status, first.confirmations, 'organiser', by('s'));
    const third = confirmDeal(second.status, second.confirmations, 'organisation', by('o'));
    expect([first.status, second.status, third.status]).toEqual(['pledged', 'pledged', 'ratified']);
    expect(Object.keys(third.confirmations).sort()).toEqual(['business', 'organisation', 'organiser']);
  });

  it('refuses a second confirmation by the same party', () => {
    const once = confirmDeal('pledged', {}, 'organisation', by('o'));
    expect(() => confirmDeal(once.status, once.confirmations, 'organisation', by('o'))).toThrow(ConflictProblem);
  });

  it.each(['ratified', 'contacted', 'carried-out', 'not-feasible'] as const)('refuses a confirmation once the deal is %s', (status) => {
    expect(() => confirmDeal(status, {}, 'business', by('b'))).toThrow(InvalidTransitionProblem);
  });
});
