import type { EventContract } from './envelope/event-contract.js';
import { matchingCatalogue } from './matching/index.js';
import { partnershipsCatalogue } from './partnerships/index.js';
import { registrationsCatalogue } from './registrations/index.js';
import { trainingCatalogue } from './training/index.js';

/**
 * Every public event of every producer: what integrators may subscribe to. A service that imports
 * this consumes all of them (notifications, for webhooks); the Kafka ACL generator reads the import
 * that way and grants it every public topic, and nothing restricted.
 */
export const PUBLIC_EVENT_CONTRACTS: readonly EventContract[] = [registrationsCatalogue, matchingCatalogue, trainingCatalogue, partnershipsCatalogue]
  .flatMap((catalogue) => catalogue.all())
  .filter((contract) => contract.privacy === 'public');
