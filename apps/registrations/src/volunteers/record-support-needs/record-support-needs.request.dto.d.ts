import { SupportNeedsRequest } from '../volunteer-support-needs.request.dto.js';
export declare class SupportNeedsConsentRequest {
    textVersion: string;
}
/** Replaces the support needs. Needs the person's support-needs consent: recorded before, or given now. */
export declare class RecordSupportNeedsRequest extends SupportNeedsRequest {
    consent?: SupportNeedsConsentRequest;
}
//# sourceMappingURL=record-support-needs.request.dto.d.ts.map