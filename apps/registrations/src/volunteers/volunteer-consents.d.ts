import type { ConsentText } from '../centres/centre.entity.js';
/** Consent purposes with a meaning here; a centre may ask for others (e.g. `newsletter`). */
export declare const ConsentPurpose: {
    /** Required: the centre may keep the profile and mediate. */
    readonly Registration: "registration";
    /** Required before any support needs are stored. */
    readonly SupportNeeds: "support-needs";
};
/** What a consent purpose looks like: a code such as `registration`, `support-needs`, `newsletter`. */
export declare const CONSENT_PURPOSE: RegExp;
export interface GivenConsent {
    purpose: string;
    textVersion: string;
}
/**
 * Checks the consents someone gives against what the centre asks: the registration consent always,
 * the support-needs consent when support needs come with it, and, when the centre has consent texts,
 * a text of that purpose and version for every consent (so a consent always says what was agreed to).
 */
export declare function assertConsents(centreTexts: readonly ConsentText[], consents: readonly GivenConsent[], options: {
    withSupportNeeds: boolean;
}): void;
export declare function assertSupportNeedsConsent(consents: readonly GivenConsent[]): void;
export declare function assertKnownConsentTexts(centreTexts: readonly ConsentText[], consents: readonly GivenConsent[]): void;
//# sourceMappingURL=volunteer-consents.d.ts.map