import { UnprocessableProblem } from '@vc/service-kit';
/** Consent purposes with a meaning here; a centre may ask for others (e.g. `newsletter`). */
export const ConsentPurpose = {
    /** Required: the centre may keep the profile and mediate. */
    Registration: 'registration',
    /** Required before any support needs are stored. */
    SupportNeeds: 'support-needs',
};
/** What a consent purpose looks like: a code such as `registration`, `support-needs`, `newsletter`. */
export const CONSENT_PURPOSE = /^[a-z][a-z0-9-]{1,49}$/;
/**
 * Checks the consents someone gives against what the centre asks: the registration consent always,
 * the support-needs consent when support needs come with it, and, when the centre has consent texts,
 * a text of that purpose and version for every consent (so a consent always says what was agreed to).
 */
export function assertConsents(centreTexts, consents, options) {
    if (!consents.some((c) => c.purpose === ConsentPurpose.Registration)) {
        throw new UnprocessableProblem(`The consent with purpose "${ConsentPurpose.Registration}" is required to register`, 'registration-consent-required');
    }
    if (options.withSupportNeeds)
        assertSupportNeedsConsent(consents);
    assertKnownConsentTexts(centreTexts, consents);
}
export function assertSupportNeedsConsent(consents) {
    if (!consents.some((c) => c.purpose === ConsentPurpose.SupportNeeds)) {
        throw new UnprocessableProblem(`Support needs are stored only with the consent with purpose "${ConsentPurpose.SupportNeeds}"`, 'support-needs-consent-required');
    }
}
export function assertKnownConsentTexts(centreTexts, consents) {
    if (centreTexts.length === 0)
        return;
    for (const consent of consents) {
        if (!centreTexts.some((text) => text.purpose === consent.purpose && text.version === consent.textVersion)) {
            throw new UnprocessableProblem(`The centre has no consent text with purpose "${consent.purpose}" and version "${consent.textVersion}"`, 'unknown-consent-text');
        }
    }
}
//# sourceMappingURL=volunteer-consents.js.map