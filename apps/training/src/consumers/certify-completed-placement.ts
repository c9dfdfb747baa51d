import type { PlacementSnapshotV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { issueCertificate } from '../certificates/issue-certificate.js';
import type { TrainingEventPublisher } from '../events/training-event-publisher.js';

/**
 * A completed maatschappelijke stage placement earns a certificate from the placement's centre.
 * Placements that are not MaS, or whose volunteer was erased, earn none; a redelivered or repeated
 * completion issues nothing twice (unique per placement).
 */
export async function certifyCompletedPlacement(
  manager: EntityManager,
  publisher: TrainingEventPublisher,
  placement: PlacementSnapshotV1,
): Promise<string | undefined> {
  if (!placement.mas || !placement.volunteerId) return undefined;
  return issueCertificate(manager, publisher, {
    centreId: placement.centreId,
    participantCentreId: placement.centreId,
    volunteerId: placement.volunteerId,
    kind: 'mas-placement',
    courseId: null,
    placementId: placement.placementId,
    title: 'Maatschappelijke stage',
    issuedOn: placement.completedOn,
  });
}
