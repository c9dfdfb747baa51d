import { type Principal } from '@vc/service-kit';
import type { VolunteerReceipt } from '../volunteer.view.js';
import { RegisterVolunteerHandler } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';
export declare class RegisterVolunteerHttpController {
    private readonly handler;
    constructor(handler: RegisterVolunteerHandler);
    /** A consultant registers someone on their behalf, in the consultant's own centre. */
    register(request: RegisterVolunteerRequest, principal: Principal): Promise<VolunteerReceipt>;
}
//# sourceMappingURL=register-volunteer.http.controller.d.ts.map