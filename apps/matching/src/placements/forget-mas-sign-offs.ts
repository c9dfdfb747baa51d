import { masSignOffRecordedV1, matchingCatalogue } from '@vc/contracts';
import { Outbox } from '@vc/messaging';
import type { EntityManager } from 'typeorm';

const outbox = new Outbox(matchingCatalogue);

/**
 * Part of a volunteer's erasure (ADR 18, 47): a tombstone under each of their signed-off MaS
 * placements on the restricted sign-off topic, in the erasure's transaction. The topic is
 * compacted, so the record linking the volunteer to their school goes from Kafka too (the topic
 * generator sets no shorter retention per topic). Run before the placements lose the volunteer's id.
 */
export async function forgetMasSignOffsOf(manager: EntityManager, volunteerId: string): Promise<void> {
  const signedOff = (await manager.query(
    `SELECT id, centre_id, region_id FROM placement WHERE volunteer_id = $1 AND mas AND signed_off_by IS NOT NULL`,
    [volunteerId],
  )) as Array<{ id: string; centre_id: string; region_id: string }>;
  for (const placement of signedOff) {
    await outbox.addTombstone(manager, masSignOffRecordedV1, { subject: placement.id, centreId: placement.centre_id, regionId: placement.region_id });
  }
}
