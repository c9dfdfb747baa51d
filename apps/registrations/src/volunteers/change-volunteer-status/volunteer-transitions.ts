import { InvalidTransitionProblem } from '@vc/service-kit';
import type { VolunteerStatus } from '../volunteer.entity.js';

export type VolunteerTransition = 'pause' | 'resume' | 'leave';

const TRANSITIONS: Record<VolunteerTransition, { from: readonly VolunteerStatus[]; to: VolunteerStatus }> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  leave: { from: ['active', 'paused'], to: 'left' },
};

/** active ⇄ paused, and active or paused → left; anything else is a 409 naming both states. */
export function statusAfter(current: VolunteerStatus, transition: VolunteerTransition): VolunteerStatus {
  const { from, to } = TRANSITIONS[transition];
  if (!from.includes(current)) throw new InvalidTransitionProblem(current, to);
  return to;
}
