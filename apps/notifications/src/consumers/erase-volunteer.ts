import type { EntityManager } from 'typeorm';
import { flushGathered } from './chunk-writes.js';

/**
 * The right to erasure: contact data, preferences, quiet hours, the in-app inbox, the hours
 * total, proposals waiting for a digest and the registration date go. The delivery log keeps its rows for anonymous counts, without the person's id, address,
 * subject (it may carry the name) or variables; a message still waiting is cancelled.
 */
export async function eraseVolunteer(manager: EntityManager, volunteerId: string): Promise<void> {
  // What earlier events of the consumer's chunk queued or stored for the person is written first, so it goes too.
  await flushGathered(manager);
  // Deliveries first: this waits for a dispatcher recording one of them as sent, so the in-app
  // message it writes is committed, and seen, by the time the deletes below run.
  await manager.query(
    `UPDATE delivery
        SET volunteer_id = NULL, recipient = NULL, subject = NULL, last_error = NULL, variables = '{}',
            delivery_key = 'erased:' || id::text,
            status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END,
            finished_at = coalesce(finished_at, now())
      WHERE volunteer_id = $1`,
    [volunteerId],
  );
  for (const table of ['contact', 'preference', 'quiet_hours', 'in_app_message', 'volunteer_hours', 'suggestion', 'volunteer_anniversary']) {
    await manager.query(`DELETE FROM ${table} WHERE volunteer_id = $1`, [volunteerId]);
  }
}
