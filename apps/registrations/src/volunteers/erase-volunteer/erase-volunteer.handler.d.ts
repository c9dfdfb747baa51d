import { DataSource } from 'typeorm';
import { type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
export declare class EraseVolunteerHandler {
    private readonly dataSource;
    private readonly events;
    constructor(dataSource: DataSource, events: VolunteerEvents);
    /**
     * One transaction: personal data, support needs and consents go, `volunteer.erased` and the contact
     * tombstone are written. Erasing an erased person changes and publishes nothing. The support-needs
     * audit stays: it holds the volunteer's pseudonymous id and who read, nothing about the person.
     */
    erase(access: VolunteerAccess, volunteerId: string): Promise<void>;
}
//# sourceMappingURL=erase-volunteer.handler.d.ts.map