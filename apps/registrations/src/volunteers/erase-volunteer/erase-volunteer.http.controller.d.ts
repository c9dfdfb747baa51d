import { type Principal } from '@vc/service-kit';
import { EraseVolunteerHandler } from './erase-volunteer.handler.js';
export declare class EraseVolunteerHttpController {
    private readonly handler;
    constructor(handler: EraseVolunteerHandler);
    /** The right to erasure: the person themself, or a centre admin on their request. 204 also when already erased. */
    eraseVolunteer(id: string, principal: Principal): Promise<void>;
}
//# sourceMappingURL=erase-volunteer.http.controller.d.ts.map