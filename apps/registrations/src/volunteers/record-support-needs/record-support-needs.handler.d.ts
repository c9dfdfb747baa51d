import { DataSource } from 'typeorm';
import { type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
import type { RecordSupportNeedsRequest } from './record-support-needs.request.dto.js';
export declare class RecordSupportNeedsHandler {
    private readonly dataSource;
    private readonly events;
    constructor(dataSource: DataSource, events: VolunteerEvents);
    /** When guidance needed changes, matching's needsGuidance flag does too: `volunteer.updated`, without the reason. */
    record(access: VolunteerAccess, volunteerId: string, request: RecordSupportNeedsRequest): Promise<void>;
}
//# sourceMappingURL=record-support-needs.handler.d.ts.map