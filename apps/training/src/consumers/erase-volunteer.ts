import { certificateWithdrawnV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import type { TrainingEventPublisher } from '../events/training-event-publisher.js';
import { eraseRecommendationData } from '../recommendations/recommendation-read-models.js';
import { returnedRows } from '@vc/service-kit';

/**
 * The right to erasure: the person's id leaves every enrolment and certificate, their name is
 * deleted, and their certificates are withdrawn (verification then says so, without a name).
 * The rows stay, anonymous, so participation figures keep their counts.
 */
export async function eraseVolunteer(manager: EntityManager, publisher: TrainingEventPublisher, volunteerId: string): Promise<void> {
  await manager.query(`UPDATE enrolment SET volunteer_id = NULL, organisation_id = NULL, enrolled_by = 'erased', erased_at = now() WHERE volunteer_id = $1`, [
    volunteerId,
  ]);
  const withdrawn: Array<{ id: string; centre_id: string }> = returnedRows(await manager.query(
    `UPDATE certificate SET volunteer_id = NULL, status = 'withdrawn', withdrawn_at = now()
      WHERE volunteer_id = $1 RETURNING id, centre_id`,
    [volunteerId],
  ));
  for (const certificate of withdrawn) {
    await publisher.publish(manager, certificateWithdrawnV1, {
      subject: certificate.id,
      centreId: certificate.centre_id,
      payload: { certificateId: certificate.id, centreId: certificate.centre_id, reason: 'holder-erased' },
    });
  }
  await manager.query(`DELETE FROM volunteer_name WHERE volunteer_id = $1`, [volunteerId]);
  await eraseRecommendationData(manager, volunteerId);
}
