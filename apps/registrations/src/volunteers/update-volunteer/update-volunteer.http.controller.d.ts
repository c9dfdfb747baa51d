import { type Principal } from '@vc/service-kit';
import type { VolunteerView } from '../volunteer.view.js';
import { UpdateVolunteerHandler } from './update-volunteer.handler.js';
import { UpdateVolunteerRequest } from './update-volunteer.request.dto.js';
export declare class UpdateVolunteerHttpController {
    private readonly handler;
    constructor(handler: UpdateVolunteerHandler);
    updateVolunteer(id: string, request: UpdateVolunteerRequest, principal: Principal): Promise<VolunteerView>;
}
//# sourceMappingURL=update-volunteer.http.controller.d.ts.map