/** What the person agreed to, when, and to which version of the centre's text. */
export declare class VolunteerConsent {
    id: string;
    volunteerId: string;
    centreId: string;
    purpose: string;
    textVersion: string;
    givenAt: Date;
    withdrawnAt: Date | null;
}
//# sourceMappingURL=volunteer-consent.entity.d.ts.map