import { businessContactChangedV1, dealFollowUpRequestedV1 } from '@vc/contracts';
import type { EventConsumer } from '@vc/messaging';
import { dutchDate, rule, type Rule } from '../organisations/organisation-rules.js';
import { erasePartyContact, storePartyContact } from '../organisations/party-contacts.js';
import { enqueuePartyMessage } from '../organisations/party-messages.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';

/**
 * What a business's contact person is told (ADR 46), through the same queue-once, split-per-address
 * path as an organisation's coordinators: the Beursvloer deal follow-up when the business is the
 * party to make contact. Transactional, email only, Dutch (the contract has no language).
 */
export const businessRules: ReadonlyArray<Rule<object>> = [
  rule(dealFollowUpRequestedV1, async (event, { manager }) => {
    const { dealId, businessId, centreId, contactParty, contactDueOn } = event.payload;
    if (contactParty !== 'business') return;
    await enqueuePartyMessage(manager, {
      kind: 'business',
      partyId: businessId,
      centreId,
      template: 'business-deal-follow-up',
      cause: `deal-follow-up:${dealId}`,
      sourceEventType: event.type,
      variables: { contactDueOn: dutchDate(contactDueOn) },
    });
  }),
];

/**
 * The business contact directory, fed only by partnerships' restricted, compacted topic; a
 * tombstone (the contact person removed, ADR 32) deletes it, cancels the business's waiting
 * messages and blanks their addresses in the delivery log.
 */
export function consumeBusinessContacts(consumer: EventConsumer): EventConsumer {
  return consumer
    .on(businessContactChangedV1, async (event, { manager }) => {
      await actConsortiumWide(manager);
      const { businessId, centreId, businessName, contacts } = event.payload;
      await storePartyContact(manager, 'business', { partyId: businessId, centreId, name: businessName, contacts });
    })
    .onTombstone(businessContactChangedV1, async (businessId, { manager }) => {
      await actConsortiumWide(manager);
      await erasePartyContact(manager, 'business', businessId);
    });
}
