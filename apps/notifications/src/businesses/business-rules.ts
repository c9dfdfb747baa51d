import { businessContactChangedV1 } from '@vc/contracts';
import type { EventConsumer } from '@vc/messaging';
import { erasePartyContact, storePartyContact } from '../organisations/party-contacts.js';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';

/**
 * The business contact directory, fed only by partnerships' restricted, compacted topic (ADR 46); a
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
