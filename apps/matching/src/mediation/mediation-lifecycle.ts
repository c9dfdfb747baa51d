import type { FollowUpKind, MediationCaseStatus } from '@vc/contracts';
import { InvalidTransitionProblem } from '@vc/service-kit';
import { addMonths } from '../matches/amsterdam-calendar.js';

/**
 * referred → assigned → intake-done → placed → closed; a case may be closed from any open status
 * (no suitable work, the person stopped, consent withdrawn) and handed to another consultant
 * while it is open.
 */
export type MediationAction = 'assign' | 'record-intake' | 'place' | 'close' | 'record-follow-up';

const OPEN: readonly MediationCaseStatus[] = ['referred', 'assigned', 'intake-done', 'placed'];

const ALLOWED_FROM: Readonly<Record<MediationAction, readonly MediationCaseStatus[]>> = {
  assign: OPEN,
  'record-intake': ['assigned'],
  place: ['intake-done'],
  close: OPEN,
  'record-follow-up': ['placed', 'closed'],
};

/** The status `action` leads to from `from`, or a 409 invalid-transition problem. */
export function nextMediationStatus(from: MediationCaseStatus, action: MediationAction): MediationCaseStatus {
  const to = targetOf(from, action);
  if (!ALLOWED_FROM[action].includes(from)) throw new InvalidTransitionProblem(from, to);
  return to;
}

function targetOf(from: MediationCaseStatus, action: MediationAction): MediationCaseStatus {
  switch (action) {
    case 'assign':
      // Handing an open case over keeps where it is.
      return from === 'referred' ? 'assigned' : from;
    case 'record-intake':
      return 'intake-done';
    case 'place':
      return 'placed';
    case 'close':
      return 'closed';
    case 'record-follow-up':
      return from;
  }
}

/** What a referrer may know of their referral: whether it is still open, led to a placement or ended. */
export type ReferralStatus = 'open' | 'placed' | 'ended';

export function referralStatusOf(status: MediationCaseStatus): ReferralStatus {
  if (status === 'placed') return 'placed';
  if (status === 'closed') return 'ended';
  return 'open';
}

/** Follow-ups fall due 3 and 6 calendar months after the placement day. */
export function followUpsFor(placedOn: string): Array<{ kind: FollowUpKind; dueOn: string }> {
  return [
    { kind: '3-months', dueOn: addMonths(placedOn, 3) },
    { kind: '6-months', dueOn: addMonths(placedOn, 6) },
  ];
}
