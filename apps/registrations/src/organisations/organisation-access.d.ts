import { type Principal, type Role, type TenantScope } from '@vc/service-kit';
/** Centre staff who verify organisations and mediate; they work on every organisation of their centre. */
export declare const CENTRE_STAFF: readonly Role[];
/** Who may read: centre staff, and the consortium admin consortium-wide. */
export declare const READING_STAFF: readonly Role[];
export interface OrganisationAccess {
    scope: TenantScope;
    /** Set for an organisation coordinator: they see and change only their own organisation's rows. */
    organisationId?: string;
}
/** The centre a write happens in: always the caller's own, never consortium-wide. */
export declare function centreOf(principal: Principal): string;
/**
 * What the caller may see: staff their centre (consortium admins every centre), an organisation
 * coordinator only their own organisation (the token's organisation_id) within their centre.
 */
export declare function organisationAccessOf(principal: Principal, staffRoles?: readonly Role[]): OrganisationAccess;
//# sourceMappingURL=organisation-access.d.ts.map