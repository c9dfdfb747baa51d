import { mediationCaseFollowUpFellDueV1, type EventContract } from '@vc/contracts';
import type { EventHandler } from '@vc/messaging';
import { enqueueStaffMessage } from './staff-messages.js';

type Rule<P extends object> = readonly [EventContract<P>, EventHandler<P>];
const rule = <P extends object>(contract: EventContract<P>, handler: EventHandler<P>): Rule<object> => [contract, handler as EventHandler<object>];

/**
 * What staff are told, in their in-app inbox only (ADR 44). The consumer runs these inside the
 * event's transaction, consortium-wide, like the other rules.
 */
export const staffRules: ReadonlyArray<Rule<object>> = [
  // The assigned consultant's reminder; keyed on the follow-up, so a redelivery adds nothing.
  // The event carries nothing about the volunteer, and neither does the message.
  rule(mediationCaseFollowUpFellDueV1, async (event, { manager }) => {
    const { consultantId, centreId, caseId, followUp } = event.payload;
    if (!consultantId) return;
    await enqueueStaffMessage(manager, {
      centreId,
      staffSubject: consultantId,
      template: 'consultant-follow-up-due',
      cause: `follow-up:${followUp.followUpId}`,
      sourceEventType: event.type,
      variables: { months: followUp.kind === '3-months' ? '3' : '6', dueOn: followUp.dueOn, caseId },
    });
  }),
];
