import type { MediationCaseStatus } from '@vc/contracts';
import { InvalidTransitionProblem } from '@vc/service-kit';
import { followUpsFor, nextMediationStatus, referralStatusOf, type MediationAction } from './mediation-lifecycle.js';

const STATUSES: MediationCaseStatus[] = ['referred', 'assigned', 'intake-done', 'placed', 'closed'];
const ACTIONS: MediationAction[] = ['assign', 'record-intake', 'place', 'close', 'record-follow-up'];

const ALLOWED: Record<string, MediationCaseStatus> = {
  'referred assign': 'assigned',
  'assigned assign': 'assigned',
  'intake-done assign': 'intake-done',
  'placed assign': 'placed',
  'assigned record-intake': 'intake-done',
  'intake-done place': 'placed',
  'referred close': 'closed',
  'assigned close': 'closed',
  'intake-done close': 'closed',
  'placed close': 'closed',
  'placed record-follow-up': 'placed',
  'closed record-follow-up': 'closed',
};

const cases = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action, ALLOWED[`${from} ${action}`]] as const));

describe('mediation case lifecycle', () => {
  it.each(cases.filter(([, , to]) => to !== undefined))('%s --%s--> %s', (from, action, to) => {
    expect(nextMediationStatus(from, action)).toBe(to);
  });

  it.each(cases.filter(([, , to]) => to === undefined))('refuses %s --%s-- as an invalid transition', (from, action) => {
    expect(() => nextMediationStatus(from, action)).toThrow(InvalidTransitionProblem);
  });
});

describe('what a referrer sees', () => {
  it.each<[MediationCaseStatus, string]>([
    ['referred', 'open'],
    ['assigned', 'open'],
    ['intake-done', 'open'],
    ['placed', 'placed'],
    ['closed', 'ended'],
  ])('%s reads as %s', (status, seen) => {
    expect(referralStatusOf(status)).toBe(seen);
  });
});

describe('follow-up due dates', () => {
  it.each([
    ['2027-02-01', '2027-05-01', '2027-08-01'],
    ['2027-08-31', '2027-11-30', '2028-02-29'],
    ['2027-11-30', '2028-02-29', '2028-05-30'],
    ['2027-09-29', '2027-12-29', '2028-03-29'],
  ])('placed on %s: due on %s and %s', (placedOn, three, six) => {
    expect(followUpsFor(placedOn)).toEqual([
      { kind: '3-months', dueOn: three },
      { kind: '6-months', dueOn: six },
    ]);
  });
});
