import type { EntityManager } from 'typeorm';
import type { Volunteer } from './volunteer.entity.js';
export interface SupportNeedsView {
    referralSource: string | null;
    targetGroup: string | null;
    guidanceNeeded: boolean;
    consentTextVersion: string;
    recordedAt: string;
}
/**
 * The only way support needs are read: the audit row (who, when, which request) is written in the
 * same transaction, so there is no read without its record. Nothing is recorded when there are none.
 */
export declare function readSupportNeeds(manager: EntityManager, volunteer: Volunteer, readBy: string): Promise<SupportNeedsView | null>;
//# sourceMappingURL=volunteer-support-needs.read.d.ts.map