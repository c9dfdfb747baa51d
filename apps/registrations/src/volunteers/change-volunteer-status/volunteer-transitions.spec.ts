import { InvalidTransitionProblem } from '@vc/service-kit';
import type { VolunteerStatus } from '../volunteer.entity.js';
import { statusAfter, type VolunteerTransition } from './volunteer-transitions.js';

describe('statusAfter', () => {
  it.each<[VolunteerStatus, VolunteerTransition, VolunteerStatus | 'refused']>([
    ['active', 'pause', 'paused'],
    ['active', 'resume', 'refused'],
    ['active', 'leave', 'left'],
    ['paused', 'pause', 'refused'],
    ['paused', 'resume', 'active'],
    ['paused', 'leave', 'left'],
    ['left', 'pause', 'refused'],
    ['left', 'resume', 'refused'],
    ['left', 'leave', 'refused'],
    ['erased', 'resume', 'refused'],
  ])('%s, %s: %s', (from, transition, expected) => {
    if (expected === 'refused') {
      expect(() => statusAfter(from, transition)).toThrow(InvalidTransitionProblem);
    } else {
      expect(statusAfter(from, transition)).toBe(expected);
    }
  });

  it('names both states in the problem', () => {
    try {
      statusAfter('left', 'resume');
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as InvalidTransitionProblem).extensions).toEqual({ from: 'left', to: 'active' });
    }
  });
});
