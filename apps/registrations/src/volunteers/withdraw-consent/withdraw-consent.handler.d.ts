import { DataSource } from 'typeorm';
import { type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerEvents } from '../volunteer-events.js';
export declare class WithdrawConsentHandler {
    private readonly dataSource;
    private readonly events;
    constructor(dataSource: DataSource, events: VolunteerEvents);
    /**
     * Records the withdrawal (the consent rows stay, with when it was withdrawn: the centre must be
     * able to show what it had consent for, and until when). Withdrawing the support-needs consent
     * deletes the support needs, since they were stored on that consent alone; matching then sees
     * needsGuidance drop. The registration consent is what the whole profile rests on: it is
     * withdrawn by erasure, never here.
     */
    withdraw(access: VolunteerAccess, volunteerId: string, purpose: string): Promise<void>;
}
//# sourceMappingURL=withdraw-consent.handler.d.ts.map