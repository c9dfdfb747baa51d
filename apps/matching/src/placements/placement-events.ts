import type { MasSignOffRecordedV1, PlacementSnapshotV1 } from '@vc/contracts';
import { present } from '../matches/workflow-events.js';
import type { Placement } from './placement.entity.js';

/** The public snapshot of a placement: ids, hours, dates and whether it is a MaS (never the school). */
export function placementPayload(placement: Placement, changedAt: Date): PlacementSnapshotV1 {
  return {
    placementId: placement.id,
    matchId: placement.matchId,
    volunteerId: present(placement.volunteerId),
    vacancyId: placement.vacancyId,
    organisationId: placement.organisationId,
    centreId: placement.centreId,
    regionId: placement.regionId,
    status: placement.status,
    mas: placement.mas,
    requiredHours: present(placement.requiredHours),
    startedOn: placement.startedOn,
    completedOn: present(placement.completedOn),
    confirmedHours: placement.confirmedHours,
    changedAt: changedAt.toISOString(),
  };
}

export const placementEvent = (placement: Placement, changedAt: Date) => ({
  subject: placement.id,
  centreId: placement.centreId,
  regionId: placement.regionId,
  payload: placementPayload(placement, changedAt),
});

/**
 * The restricted sign-off record for notifications (the school's coordinators): the only event
 * that names the school. Only a school coordinator signs off, so the placement has its school.
 */
export const masSignOffEvent = (placement: Placement) => ({
  subject: placement.id,
  centreId: placement.centreId,
  regionId: placement.regionId,
  payload: {
    placementId: placement.id,
    centreId: placement.centreId,
    schoolOrganisationId: placement.schoolOrganisationId!,
    volunteerId: present(placement.volunteerId),
    requiredHours: placement.requiredHours ?? 0,
    confirmedHours: placement.confirmedHours,
    signedOffOn: placement.completedOn!,
  } satisfies MasSignOffRecordedV1,
});
