import { type Principal } from '@vc/service-kit';
import type { VolunteerReceipt } from '../volunteer.view.js';
import { ChangeVolunteerStatusHandler } from './change-volunteer-status.handler.js';
import { PauseVolunteerRequest } from './pause-volunteer.request.dto.js';
export declare class ChangeVolunteerStatusHttpController {
    private readonly handler;
    constructor(handler: ChangeVolunteerStatusHandler);
    pause(id: string, request: PauseVolunteerRequest, principal: Principal): Promise<VolunteerReceipt>;
    resume(id: string, _body: unknown, principal: Principal): Promise<VolunteerReceipt>;
    leave(id: string, _body: unknown, principal: Principal): Promise<VolunteerReceipt>;
}
//# sourceMappingURL=change-volunteer-status.http.controller.d.ts.map