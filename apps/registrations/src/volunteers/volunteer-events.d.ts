import { Outbox } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../events/registrations-event-publisher.js';
import type { Volunteer } from './volunteer.entity.js';
import { type VolunteerProfilePayload } from './volunteer-event-payloads.js';
/**
 * The volunteer's events, each added to the outbox in the caller's transaction. The one place that
 * turns a volunteer into payloads, so no use case can put more of the person into an event.
 */
export declare class VolunteerEvents {
    private readonly publisher;
    private readonly outbox;
    private readonly regions;
    constructor(publisher: RegistrationsEventPublisher, outbox: Outbox);
    /** What matching sees of the volunteer now; compare two to know whether anything it sees changed. */
    profileOf(manager: EntityManager, volunteer: Volunteer): Promise<VolunteerProfilePayload>;
    /**
     * A new volunteer: the public profile and the restricted contact record, in one outbox write.
     * `needsGuidance` comes from the registration itself, which saves reading back what was just written.
     */
    registered(manager: EntityManager, volunteer: Volunteer, needsGuidance: boolean): Promise<void>;
    updated(manager: EntityManager, volunteer: Volunteer, profile: VolunteerProfilePayload): Promise<void>;
    contactChanged(manager: EntityManager, volunteer: Volunteer): Promise<void>;
    paused(manager: EntityManager, volunteer: Volunteer): Promise<void>;
    resumed(manager: EntityManager, volunteer: Volunteer): Promise<void>;
    left(manager: EntityManager, volunteer: Volunteer): Promise<void>;
    /** `volunteer.erased` for every consumer, and a tombstone that erases the key from the compacted contact topic. */
    erased(manager: EntityManager, volunteer: Volunteer, erasedAt: Date): Promise<void>;
    private about;
    private refOf;
    /** A centre never changes region, so one lookup per centre is enough. */
    private regionOf;
}
//# sourceMappingURL=volunteer-events.d.ts.map