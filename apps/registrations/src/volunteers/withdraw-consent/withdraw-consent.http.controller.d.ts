import { type Principal } from '@vc/service-kit';
import { WithdrawConsentHandler } from './withdraw-consent.handler.js';
export declare class WithdrawConsentHttpController {
    private readonly handler;
    constructor(handler: WithdrawConsentHandler);
    /**
     * The person withdraws a consent, themself or through staff who note it down. 204, also when it
     * was withdrawn before; 404 for a purpose never given; 409 for the registration consent (erase instead).
     */
    withdrawConsent(id: string, purpose: string, principal: Principal): Promise<void>;
}
//# sourceMappingURL=withdraw-consent.http.controller.d.ts.map