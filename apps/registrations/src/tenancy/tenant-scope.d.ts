import { type Principal, type TenantScope } from '@vc/service-kit';
/**
 * The data a principal may see: a consortium admin works consortium-wide (an explicit role,
 * never a missing filter); everyone else within the centre in their token.
 */
export declare function tenantScopeOf(principal: Principal): TenantScope;
//# sourceMappingURL=tenant-scope.d.ts.map