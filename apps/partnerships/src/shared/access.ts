import { ForbiddenProblem, type Principal, type Role, type TenantScope } from '@vc/service-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Centre staff who organise Beursvloeren and keep the ledger; they work on everything of their centre. */
export const CENTRE_STAFF: readonly Role[] = ['centre-admin', 'consultant'];

export function isStaff(principal: Principal): boolean {
  return principal.roles.some((role) => CENTRE_STAFF.includes(role));
}

/** The centre a write happens in: always the caller's own, never consortium-wide. */
export function centreOf(principal: Principal): string {
  if (!principal.centreId) throw new ForbiddenProblem('This token is not bound to a centre');
  return principal.centreId;
}

/**
 * Where the caller reads: a consortium admin consortium-wide (explicit, never a missing filter),
 * everyone else within the centre in their token.
 */
export function readScopeOf(principal: Principal): TenantScope {
  if (principal.roles.includes('consortium-admin') && !isStaff(principal)) return { consortium: true };
  return { centreId: centreOf(principal) };
}

/** A coordinator's organisation from the token; they act only for it. */
export function organisationOf(principal: Principal): string {
  if (!principal.organisationId || !UUID.test(principal.organisationId)) {
    throw new ForbiddenProblem('This token is not bound to an organisation');
  }
  return principal.organisationId.toLowerCase();
}

/**
 * Who a caller is, as far as the ledger cares: staff (the organiser), the contact of certain
 * businesses (their account is the token's subject), or an organisation's coordinator.
 */
export type Actor =
  | { kind: 'staff'; centreId: string; account: string }
  | { kind: 'business'; centreId: string; account: string }
  | { kind: 'organisation'; centreId: string; account: string; organisationId: string };

export function actorOf(principal: Principal): Actor {
  const centreId = centreOf(principal);
  if (isStaff(principal)) return { kind: 'staff', centreId, account: principal.subject };
  if (principal.roles.includes('business-contact')) return { kind: 'business', centreId, account: principal.subject };
  if (principal.roles.includes('organisation-coordinator')) {
    return { kind: 'organisation', centreId, account: principal.subject, organisationId: organisationOf(principal) };
  }
  throw new ForbiddenProblem();
}
