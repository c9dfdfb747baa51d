/** Who referred the person for mediation. */
export declare const REFERRAL_SOURCES: readonly ["self", "social-neighbourhood-team", "re-integration-coach", "coa", "school", "other"];
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
/** The group whose programme the person comes through. */
export declare const TARGET_GROUPS: readonly ["newcomer", "re-integration", "social-activation", "other"];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/**
 * Support needs: special-category data, stored only with the `support-needs` consent, readable
 * only by the centre's consultants, never in any event (only `guidanceNeeded` shows, as the
 * needsGuidance flag, without its reason).
 */
export declare class SupportNeedsRequest {
    referralSource?: ReferralSource;
    targetGroup?: TargetGroup;
    guidanceNeeded: boolean;
}
//# sourceMappingURL=volunteer-support-needs.request.dto.d.ts.map