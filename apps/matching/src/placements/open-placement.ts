import { placementStartedV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Match } from '../matches/match.entity.js';
import type { WorkflowEvents } from '../matches/workflow-events.js';
import { placementEvent } from './placement-events.js';
import { Placement } from './placement.entity.js';

export interface MasTerms {
  requiredHours: number;
  schoolOrganisationId: string;
}

/** A match that starts opens its placement (and hours logbook) in the same transaction. */
export async function openPlacement(
  manager: EntityManager,
  events: WorkflowEvents,
  match: Match,
  mas: MasTerms | undefined,
  now: Date,
): Promise<Placement> {
  const placement = manager.create(Placement, {
    id: uuidv7(),
    matchId: match.id,
    centreId: match.centreId,
    regionId: match.regionId,
    volunteerId: match.volunteerId,
    vacancyId: match.vacancyId,
    organisationId: match.organisationId,
    status: 'active',
    mas: mas !== undefined,
    requiredHours: mas?.requiredHours ?? null,
    schoolOrganisationId: mas?.schoolOrganisationId.toLowerCase() ?? null,
    startedOn: match.startedOn!,
    completedOn: null,
    confirmedHours: 0,
    signedOffBy: null,
  });
  await manager.insert(Placement, placement);
  await events.publish(manager, placementStartedV1, placementEvent(placement, now));
  return placement;
}
