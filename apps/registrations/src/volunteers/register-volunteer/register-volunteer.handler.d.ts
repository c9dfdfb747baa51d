import { DataSource } from 'typeorm';
import { VolunteerEvents } from '../volunteer-events.js';
import { type VolunteerReceipt } from '../volunteer.view.js';
import type { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';
export declare class RegisterVolunteerHandler {
    private readonly dataSource;
    private readonly events;
    constructor(dataSource: DataSource, events: VolunteerEvents);
    /** `registeredBy`: `self`, or the subject of the consultant registering the person. */
    register(centreId: string, request: RegisterVolunteerRequest, registeredBy: string): Promise<VolunteerReceipt>;
}
//# sourceMappingURL=register-volunteer.handler.d.ts.map