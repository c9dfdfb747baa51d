import { DataSource } from 'typeorm';
import { type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { type VolunteerView } from '../volunteer.view.js';
import type { UpdateVolunteerRequest } from './update-volunteer.request.dto.js';
export declare class UpdateVolunteerHandler {
    private readonly dataSource;
    private readonly events;
    constructor(dataSource: DataSource, events: VolunteerEvents);
    /**
     * Publishes what changed for each audience: `volunteer.updated` when what matching sees changed
     * (a new postcode in the same PC4 area is no news to it), `volunteer-contact.changed` when name or
     * contact data changed; name and contact changes never reach the public topic.
     */
    update(access: VolunteerAccess, volunteerId: string, request: UpdateVolunteerRequest): Promise<VolunteerView>;
}
//# sourceMappingURL=update-volunteer.handler.d.ts.map