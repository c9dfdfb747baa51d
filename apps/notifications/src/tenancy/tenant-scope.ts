import { CENTRE_SETTING, CONSORTIUM_SETTING, ForbiddenProblem, type Principal, type TenantScope } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';

/**
 * The data a principal may see: a consortium admin works consortium-wide (an explicit role,
 * never a missing filter); everyone else within the centre in their token.
 */
export function tenantScopeOf(principal: Principal): TenantScope {
  if (principal.roles.includes('consortium-admin')) return { consortium: true };
  return { centreId: centreOf(principal) };
}

export function centreOf(principal: Principal): string {
  if (!principal.centreId) throw new ForbiddenProblem('This token is not bound to a centre');
  return principal.centreId;
}

/**
 * For consumers, whose transaction the EventConsumer opens: declares consortium-wide access for
 * the rest of it. Event handlers act for the platform (an erasure reaches every centre's rows), and
 * every query they run names the rows it means.
 */
export async function actConsortiumWide(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT set_config('${CENTRE_SETTING}', '', true), set_config('${CONSORTIUM_SETTING}', 'on', true)`);
}
