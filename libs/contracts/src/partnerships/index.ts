// The partnerships service's event contracts.
import { EventCatalogue } from '../envelope/event-catalogue.js';
import type { EventContract } from '../envelope/event-contract.js';
import { beursvloerScheduledV1 } from './beursvloer-scheduled.v1.js';
import { businessContactChangedV1 } from './business-contact-changed.v1.js';
import { businessJoinedV1 } from './business-joined.v1.js';
import { campaignClosedV1 } from './campaign-closed.v1.js';
import { campaignOpenedV1 } from './campaign-opened.v1.js';
import { dealCarriedOutV1 } from './deal-carried-out.v1.js';
import { dealContactedV1 } from './deal-contacted.v1.js';
import { dealFollowUpRequestedV1 } from './deal-follow-up-requested.v1.js';
import { dealMarkedNotFeasibleV1 } from './deal-marked-not-feasible.v1.js';
import { dealPledgedV1 } from './deal-pledged.v1.js';
import { dealRatifiedV1 } from './deal-ratified.v1.js';
import { needPublishedV1 } from './need-published.v1.js';
import { offerPublishedV1 } from './offer-published.v1.js';

export {
  BeursvloerCategory,
  BusinessSize,
  DealParty,
  DealStatus,
  OfferKind,
  PARTNERSHIPS_LIMITS,
} from './partnerships-values.js';
export * from './business-joined.v1.js';
export * from './business-contact-changed.v1.js';
export * from './offer-published.v1.js';
export * from './need-published.v1.js';
export * from './beursvloer-scheduled.v1.js';
export { DealSnapshotV1 } from './deal-snapshot.v1.js';
export * from './deal-pledged.v1.js';
export * from './deal-ratified.v1.js';
export * from './deal-contacted.v1.js';
export * from './deal-carried-out.v1.js';
export * from './deal-marked-not-feasible.v1.js';
export * from './deal-follow-up-requested.v1.js';
export { CampaignSnapshotV1 } from './campaign-snapshot.v1.js';
export * from './campaign-opened.v1.js';
export * from './campaign-closed.v1.js';

export const partnershipsTopics = {
  business: 'partnerships.business.v1',
  offer: 'partnerships.offer.v1',
  need: 'partnerships.need.v1',
  beursvloer: 'partnerships.beursvloer.v1',
  deal: 'partnerships.deal.v1',
  campaign: 'partnerships.campaign.v1',
  /** Restricted, compacted, keyed by businessId; a tombstone (null value) deletes the business's contact data. */
  businessContact: 'partnerships.business-contact.v1',
} as const;

/** What integrators may subscribe to: ids, statuses and non-personal attributes, never a contact person. */
export const partnershipsPublicContracts: readonly EventContract[] = Object.freeze([
  businessJoinedV1,
  offerPublishedV1,
  needPublishedV1,
  beursvloerScheduledV1,
  dealPledgedV1,
  dealRatifiedV1,
  dealContactedV1,
  dealCarriedOutV1,
  dealMarkedNotFeasibleV1,
  dealFollowUpRequestedV1,
  campaignOpenedV1,
  campaignClosedV1,
]);

/** A business's contact person, only for the services that must reach them (notifications). */
export const partnershipsRestrictedContracts: readonly EventContract[] = Object.freeze([businessContactChangedV1]);

/** Every contract the partnerships service publishes. */
export const partnershipsCatalogue = new EventCatalogue([...partnershipsPublicContracts, ...partnershipsRestrictedContracts]);
