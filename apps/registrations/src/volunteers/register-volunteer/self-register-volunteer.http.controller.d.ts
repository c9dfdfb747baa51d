import type { VolunteerReceipt } from '../volunteer.view.js';
import { RegisterVolunteerHandler } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';
export declare class SelfRegisterVolunteerHttpController {
    private readonly handler;
    constructor(handler: RegisterVolunteerHandler);
    /** The centre's public sign-up form. Honours Idempotency-Key, so a double submit registers once. */
    register(centreId: string, request: RegisterVolunteerRequest): Promise<VolunteerReceipt>;
}
//# sourceMappingURL=self-register-volunteer.http.controller.d.ts.map