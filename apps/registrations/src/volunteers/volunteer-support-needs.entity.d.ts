/**
 * Special-category data: stored only with explicit consent, visible only to the centre's
 * consultants, every read audited (support_needs_read), never in any event.
 */
export declare class VolunteerSupportNeeds {
    volunteerId: string;
    centreId: string;
    referralSource: string | null;
    targetGroup: string | null;
    guidanceNeeded: boolean;
    consentTextVersion: string;
    recordedAt: Date;
}
//# sourceMappingURL=volunteer-support-needs.entity.d.ts.map