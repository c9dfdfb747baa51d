import { ConflictProblem, ForbiddenProblem, NotFoundProblem, type Principal } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { CentreRead } from '../read-models/centre-read.entity.js';
import { MediationCase } from './mediation-case.entity.js';

/** The centre in the caller's token: mediation is always within one centre. */
export function centreOf(principal: Principal): string {
  if (!principal.centreId) throw new ForbiddenProblem('This token is not bound to a centre');
  return principal.centreId.toLowerCase();
}

/** The case if it is of this centre; another centre's case is the same 404 as an unknown id. */
export async function findCase(manager: EntityManager, centreId: string, id: string, options: { lock?: boolean } = {}): Promise<MediationCase> {
  const found = await manager.findOne(MediationCase, {
    where: { id, centreId },
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!found) throw new NotFoundProblem('mediation case', id);
  return found;
}

/** The region of the caller's centre, from registrations' centre events. */
export async function regionOfCentre(manager: EntityManager, centreId: string): Promise<string> {
  const centre = await manager.findOneBy(CentreRead, { centreId });
  if (!centre) throw new ConflictProblem('This centre is not known to matching yet; try again shortly', 'centre-not-known');
  return centre.regionId;
}
