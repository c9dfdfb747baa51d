import { EventCatalogue } from '../envelope/event-catalogue.js';
import type { EventContract } from '../envelope/event-contract.js';
import { masSignOffContracts } from './mas-sign-off.v1.js';
import { matchContracts } from './match.v1.js';
import { mediationCaseContracts } from './mediation-case.v1.js';
import { placementContracts } from './placement.v1.js';

/**
 * Every public contract the matching service publishes, gathered from the per-aggregate files (one
 * `...xxxContracts,` line each). Suggestions are answers to requests, not events: they publish nothing.
 */
export const matchingPublicContracts: readonly EventContract[] = Object.freeze([
  ...matchContracts,
  ...mediationCaseContracts,
  ...placementContracts,
]);

/** Only for notifications: which school signed a MaS off (never on a public topic). */
export const matchingRestrictedContracts: readonly EventContract[] = Object.freeze([...masSignOffContracts]);

export const matchingCatalogue = new EventCatalogue([...matchingPublicContracts, ...matchingRestrictedContracts]);
