import {
  dealFollowUpRequestedV1,
  matchInterestExpressedV1,
  organisationContactChangedV1,
  organisationRegisteredV1,
  organisationVerifiedV1,
  placementHoursLoggedV1,
  type EventContract,
} from '@vc/contracts';
import type { EventConsumer, EventHandler } from '@vc/messaging';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import { eraseOrganisationContact, storeOrganisationContact } from './organisation-contacts.js';
import { enqueueOrganisationMessage } from './organisation-messages.js';

type Rule<P extends object> = readonly [EventContract<P>, EventHandler<P>];
const rule = <P extends object>(contract: EventContract<P>, handler: EventHandler<P>): Rule<object> => [contract, handler as EventHandler<object>];

/**
 * What an organisation's coordinators are told (ADR 43). The consumer runs these inside the
 * event's transaction, consortium-wide, like the volunteer rules. Causes are facts where one fact
 * may come through more than one event (a match's interest, an hours entry).
 */
export const organisationRules: ReadonlyArray<Rule<object>> = [
  rule(organisationRegisteredV1, async (event, { manager }) => {
    const { organisationId, centreId } = event.payload;
    await enqueueOrganisationMessage(manager, { centreId, organisationId, template: 'organisation-welcome', cause: 'registered', sourceEventType: event.type });
  }),
  rule(organisationVerifiedV1, async (event, { manager }) => {
    const { organisationId, centreId } = event.payload;
    await enqueueOrganisationMessage(manager, { centreId, organisationId, template: 'organisation-verified', cause: 'verified', sourceEventType: event.type });
  }),
  rule(matchInterestExpressedV1, async (event, { manager }) => {
    const { organisationId, centreId, matchId } = event.payload;
    await enqueueOrganisationMessage(manager, { centreId, organisationId, template: 'organisation-interest-received', cause: `interest:${matchId}`, sourceEventType: event.type });
  }),
  rule(placementHoursLoggedV1, async (event, { manager }) => {
    const { organisationId, centreId, entry } = event.payload;
    await enqueueOrganisationMessage(manager, {
      centreId,
      organisationId,
      template: 'organisation-hours-to-confirm',
      cause: `hours-entry:${entry.hoursEntryId}`,
      sourceEventType: event.type,
      variables: { hours: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(entry.hours), workedOn: dutchDate(entry.workedOn) },
    });
  }),
  // Only the organisation side: no service publishes how to reach a business (docs/notifications.md, ADR 44).
  rule(dealFollowUpRequestedV1, async (event, { manager }) => {
    const { dealId, organisationId, centreId, contactParty, contactDueOn } = event.payload;
    if (contactParty !== 'organisation') return;
    await enqueueOrganisationMessage(manager, {
      centreId,
      organisationId,
      template: 'organisation-deal-follow-up',
      cause: `deal-follow-up:${dealId}`,
      sourceEventType: event.type,
      variables: { contactDueOn: dutchDate(contactDueOn) },
    });
  }),
];

/** The organisation contact directory from its restricted, compacted topic; a tombstone erases it. */
export function consumeOrganisationContacts(consumer: EventConsumer): EventConsumer {
  return consumer
    .on(organisationContactChangedV1, async (event, { manager }) => {
      await actConsortiumWide(manager);
      await storeOrganisationContact(manager, event.payload);
    })
    .onTombstone(organisationContactChangedV1, async (organisationId, { manager }) => {
      await actConsortiumWide(manager);
      await eraseOrganisationContact(manager, organisationId);
    });
}

function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}
