import { type Principal } from '@vc/service-kit';
import { RecordSupportNeedsHandler } from './record-support-needs.handler.js';
import { RecordSupportNeedsRequest } from './record-support-needs.request.dto.js';
export declare class RecordSupportNeedsHttpController {
    private readonly handler;
    constructor(handler: RecordSupportNeedsHandler);
    /** 204: the answer repeats nothing, so writing support needs is not also a read of them. */
    recordSupportNeeds(id: string, request: RecordSupportNeedsRequest, principal: Principal): Promise<void>;
}
//# sourceMappingURL=record-support-needs.http.controller.d.ts.map