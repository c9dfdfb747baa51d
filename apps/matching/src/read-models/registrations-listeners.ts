import type { EventContract } from '@vc/contracts';
import type { EventHandler } from '@vc/messaging';
import { volunteerErasureListener } from '../matches/erase-volunteer/volunteer-erasure.listener.js';

/**
 * Other parts of the service that react to registrations' volunteer, vacancy or organisation
 * events (e.g. withdrawing open matches when a volunteer leaves). Each runs in the same
 * transaction as the read-model change, after it, for the regions this instance owns, with the
 * same inbox, retries and dead-lettering: add one `{ contract, handle }` line per reaction.
 */
export interface RegistrationsEventListener<P extends object = object> {
  contract: EventContract<P>;
  handle: EventHandler<P>;
}

export const listen = <P extends object>(contract: EventContract<P>, handle: EventHandler<P>): RegistrationsEventListener =>
  ({ contract, handle }) as unknown as RegistrationsEventListener;

export const registrationsEventListeners: RegistrationsEventListener[] = [volunteerErasureListener];
