import type { OrganisationContactChangedV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';

/** Keeps the latest contact record of an organisation (the topic is compacted on organisationId). */
export async function storeOrganisationContact(manager: EntityManager, contact: OrganisationContactChangedV1): Promise<void> {
  await manager.query(
    `INSERT INTO organisation_contact (organisation_id, centre_id, organisation_name, coordinators, updated_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (organisation_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, organisation_name = EXCLUDED.organisation_name,
       coordinators = EXCLUDED.coordinators, updated_at = now()`,
    [
      contact.organisationId,
      contact.centreId,
      contact.organisationName,
      JSON.stringify(contact.coordinators.map(({ name, email, phone }) => ({ name, email, ...(phone ? { phone } : {}) }))),
    ],
  );
  // Messages queued before the contact data arrived need not sit out their backoff.
  await manager.query(
    `UPDATE delivery SET next_attempt_at = now()
      WHERE organisation_id = $1 AND coordinator_email IS NULL AND status = 'pending' AND last_error = 'waiting for contact data'`,
    [contact.organisationId],
  );
}

/**
 * A tombstone: everything held for the organisation goes. The delivery log keeps its rows for
 * anonymous counts, without the coordinators' addresses, subjects or variables; waiting messages
 * are cancelled. Deliveries first, as for a volunteer's erasure: this waits for a dispatcher
 * recording one of them.
 */
export async function eraseOrganisationContact(manager: EntityManager, organisationId: string): Promise<void> {
  await manager.query(
    `UPDATE delivery
        SET coordinator_email = NULL, recipient = NULL, subject = NULL, last_error = NULL, variables = '{}',
            delivery_key = 'erased:' || id::text,
            status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END,
            finished_at = coalesce(finished_at, now())
      WHERE organisation_id = $1`,
    [organisationId],
  );
  await manager.query(`DELETE FROM organisation_contact WHERE organisation_id = $1`, [organisationId]);
}
