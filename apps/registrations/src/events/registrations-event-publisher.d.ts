import type { EventContract } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
export interface PendingEvent<P extends object = object> {
    contract: EventContract<P>;
    subject: string;
    centreId: string;
    payload: P;
}
/**
 * Adds an event to the outbox inside the caller's transaction. The region comes from the centre
 * (a centre never changes region), looked up once per centre.
 */
export declare class RegistrationsEventPublisher {
    private readonly outbox;
    private readonly events;
    private readonly regions;
    constructor(outbox: Outbox, events: EventFactory);
    publish<P extends object>(manager: EntityManager, contract: EventContract<P>, fields: {
        subject: string;
        centreId: string;
        payload: P;
    }): Promise<void>;
    /** Several events in one outbox write (one round trip), in the order given. */
    publishAll(manager: EntityManager, events: PendingEvent[]): Promise<void>;
    private regionOf;
}
//# sourceMappingURL=registrations-event-publisher.d.ts.map