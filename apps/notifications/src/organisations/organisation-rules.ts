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
import { erasePartyContact, storePartyContact } from './party-contacts.js';
import { enqueuePartyMessage } from './party-messages.js';

export type Rule<P extends object> = readonly [EventContract<P>, EventHandler<P>];
export const rule = <P extends object>(contract: EventContract<P>, handler: EventHandler<P>): Rule<object> => [contract, handler as EventHandler<object>];


/**
 * What an organisation's coordinators are told (ADR 43), and a business's contact when the business
 * is the party to make contact after a Beursvloer deal (ADR 46). The consumer runs these inside the
 * event's transaction, consortium-wide, like the volunteer rules. Causes are facts where one fact
 * may come through more than one event (a match's interest, an hours entry).
 */
export const organisationRules: ReadonlyArray<Rule<object>> = [
  rule(organisationRegisteredV1, async (event, { manager }) => {
    const { organisationId, centreId } = event.payload;
    await enqueuePartyMessage(manager, { kind: 'organisation', partyId: organisationId, centreId, template: 'organisation-welcome', cause: 'registered', sourceEventType: event.type });
  }),
  rule(organisationVerifiedV1, async (event, { manager }) => {
    const { organisationId, centreId } = event.payload;
    await enqueuePartyMessage(manager, { kind: 'organisation', partyId: organisationId, centreId, template: 'organisation-verified', cause: 'verified', sourceEventType: event.type });
  }),
  rule(matchInterestExpressedV1, async (event, { manager }) => {
    const { organisationId, centreId, matchId } = event.payload;
    await enqueuePartyMessage(manager, { kind: 'organisation', partyId: organisationId, centreId, template: 'organisation-interest-received', cause: `interest:${matchId}`, sourceEventType: event.type });
  }),
  rule(placementHoursLoggedV1, async (event, { manager }) => {
    const { organisationId, centreId, entry } = event.payload;
    await enqueuePartyMessage(manager, {
      kind: 'organisation',
      partyId: organisationId,
      centreId,
      template: 'organisation-hours-to-confirm',
      cause: `hours-entry:${entry.hoursEntryId}`,
      sourceEventType: event.type,
      variables: { hours: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(entry.hours), workedOn: dutchDate(entry.workedOn) },
    });
  }),
  // To whichever party is to make contact: the organisation's coordinators or the business's contact (ADR 44, 46).
  rule(dealFollowUpRequestedV1, async (event, { manager }) => {
    const { dealId, organisationId, businessId, centreId, contactParty, contactDueOn } = event.payload;
    await enqueuePartyMessage(manager, {
      kind: contactParty,
      partyId: contactParty === 'business' ? businessId : organisationId,
      centreId,
      template: `${contactParty}-deal-follow-up`,
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
      const { organisationId, centreId, organisationName, coordinators } = event.payload;
      await storePartyContact(manager, 'organisation', { partyId: organisationId, centreId, name: organisationName, contacts: coordinators });
    })
    .onTombstone(organisationContactChangedV1, async (organisationId, { manager }) => {
      await actConsortiumWide(manager);
      await erasePartyContact(manager, 'organisation', organisationId);
    });
}

export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}
