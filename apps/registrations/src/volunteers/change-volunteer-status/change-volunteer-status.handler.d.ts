import { DataSource } from 'typeorm';
import { type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { type VolunteerReceipt } from '../volunteer.view.js';
import { type VolunteerTransition } from './volunteer-transitions.js';
export declare class ChangeVolunteerStatusHandler {
    private readonly dataSource;
    private readonly events;
    constructor(dataSource: DataSource, events: VolunteerEvents);
    change(access: VolunteerAccess, volunteerId: string, transition: VolunteerTransition, options?: {
        pausedUntil?: string;
    }): Promise<VolunteerReceipt>;
}
//# sourceMappingURL=change-volunteer-status.handler.d.ts.map