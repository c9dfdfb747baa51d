import { ForbiddenProblem, NotFoundProblem, type Principal } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { Placement } from './placement.entity.js';

/** Who looks at a placement: the centre's consultants, the volunteer, the organisation, the school. */
export type PlacementCaller =
  | { role: 'consultant'; subject: string; centreId: string }
  | { role: 'volunteer'; subject: string; centreId: string; volunteerId: string }
  | { role: 'organisation'; subject: string; centreId: string; organisationId: string }
  | { role: 'school'; subject: string; centreId: string; schoolOrganisationId: string };

export function placementCallerOf(principal: Principal): PlacementCaller {
  if (!principal.centreId) throw new ForbiddenProblem('This token is not bound to a centre');
  const base = { subject: principal.subject, centreId: principal.centreId.toLowerCase() };
  if (principal.roles.includes('consultant')) return { ...base, role: 'consultant' };
  if (principal.roles.includes('organisation-coordinator') && principal.organisationId) {
    return { ...base, role: 'organisation', organisationId: principal.organisationId.toLowerCase() };
  }
  if (principal.roles.includes('school-coordinator') && principal.organisationId) {
    return { ...base, role: 'school', schoolOrganisationId: principal.organisationId.toLowerCase() };
  }
  if (principal.roles.includes('volunteer') && principal.volunteerId) {
    return { ...base, role: 'volunteer', volunteerId: principal.volunteerId.toLowerCase() };
  }
  throw new ForbiddenProblem();
}

export function visiblePlacements(caller: PlacementCaller) {
  switch (caller.role) {
    case 'consultant':
      return { centreId: caller.centreId };
    case 'volunteer':
      return { centreId: caller.centreId, volunteerId: caller.volunteerId };
    case 'organisation':
      return { centreId: caller.centreId, organisationId: caller.organisationId };
    case 'school':
      return { centreId: caller.centreId, schoolOrganisationId: caller.schoolOrganisationId, mas: true };
  }
}

/** The placement if the caller may see it, else the same 404 as an unknown id; `lock` serialises its logbook. */
export async function findPlacement(manager: EntityManager, caller: PlacementCaller, id: string, options: { lock?: boolean } = {}): Promise<Placement> {
  const placement = await manager.findOne(Placement, {
    where: { id, ...visiblePlacements(caller) },
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!placement) throw new NotFoundProblem('placement', id);
  return placement;
}
